import { useEffect, useState } from 'preact/hooks';
import { parseScheduleState, SCHEDULE_KEY, type ScheduleState } from '../core/reminders/schedule-state';
import { onItemsChanged, readItems, type Items } from '../platform/storage-read';

let early: Promise<Items> | undefined;
const readSchedule = () => readItems('local', [SCHEDULE_KEY]);

/** Starts the first read of the schedule as the page's script starts (see readPreferenceItemsEarly). */
export function readScheduleEarly(): void {
  early ??= readSchedule();
}

/** The worker's stored schedule, kept live; undefined until first read. */
export function useSchedule(): ScheduleState | undefined {
  const [state, setState] = useState<ScheduleState>();
  useEffect(() => {
    const controller = new AbortController();
    const take = (items: Items) => {
      if (!controller.signal.aborted) setState(parseScheduleState(items[SCHEDULE_KEY], Date.now()).state);
    };
    const read = () => void readSchedule().then(take);
    onItemsChanged('local', (changes) => SCHEDULE_KEY in changes && read(), controller.signal);
    if (early) {
      void early.then(take);
      early = undefined;
    }
    // Also after an early read: a change between it and the listener starting would be missed.
    read();
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
