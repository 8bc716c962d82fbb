import { useEffect, useState } from 'preact/hooks';
import { parseScheduleState, SCHEDULE_KEY, type ScheduleState } from '../core/reminders/schedule-state';
import { onItemsChanged, readItems } from '../platform/storage-read';
import { followEarly, useFollowed, type EarlyFollow, type Follow } from './use-followed';

/** Reads the worker's schedule now and whenever it changes. */
const follow: Follow<ScheduleState> = (callback, signal) => {
  const read = () =>
    void readItems('local', [SCHEDULE_KEY]).then((items) => {
      if (!signal.aborted) callback(parseScheduleState(items[SCHEDULE_KEY], Date.now()).state);
    });
  onItemsChanged('local', (changes) => SCHEDULE_KEY in changes && read(), signal);
  read();
};

let early: EarlyFollow<ScheduleState> | undefined;

/** Starts following the schedule as the page's script starts (the popup's status needs it). */
export function followScheduleEarly(): void {
  early ??= followEarly(follow);
}

/** The worker's stored schedule, kept live; undefined until first read. */
export function useSchedule(): ScheduleState | undefined {
  return useFollowed(follow, early);
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
