import { parseScheduleState, type ScheduleState } from '../core/reminders/schedule-state';
import { SCHEDULE_KEY } from '../core/storage-keys';
import { onItemsChanged, readItems } from '../platform/storage-read';
import type { Follow } from './use-followed';

/** The worker's schedule, now and whenever it changes (use-schedule.ts, and the new tab without Preact). */
export const followSchedule: Follow<ScheduleState> = (callback, signal) => {
  const read = () =>
    void readItems('local', [SCHEDULE_KEY]).then((items) => {
      if (!signal.aborted) callback(parseScheduleState(items[SCHEDULE_KEY], Date.now()).state);
    });
  onItemsChanged('local', (changes) => SCHEDULE_KEY in changes && read(), signal);
  read();
};
