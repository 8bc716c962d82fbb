import { useEffect, useState } from 'preact/hooks';
import { parseScheduleState, SCHEDULE_KEY, type ScheduleState } from '../core/reminders/schedule-state';
import { onItemsChanged, readItems } from '../platform/storage';

/** The worker's stored schedule, kept live; undefined until first read. */
export function useSchedule(): ScheduleState | undefined {
  const [state, setState] = useState<ScheduleState>();
  useEffect(() => {
    const controller = new AbortController();
    const read = () =>
      void readItems('local', [SCHEDULE_KEY]).then((items) => {
        if (!controller.signal.aborted) setState(parseScheduleState(items[SCHEDULE_KEY], Date.now()).state);
      });
    read();
    onItemsChanged('local', (changes) => SCHEDULE_KEY in changes && read(), controller.signal);
    return () => controller.abort();
  }, []);
  return state;
}

/** The current time, refreshed every `everyMs` while the page is open (for "in 23 min"). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
