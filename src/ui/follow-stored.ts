import type { StoredItems } from '../core/preference-migrations';
import { parseScheduleState, type ScheduleState } from '../core/reminders/schedule-state';
import { SCHEDULE_KEY } from '../core/storage-keys';
import { followPreferenceItems } from '../platform/preferences-reader';
import { onItemsChanged, readItems } from '../platform/storage-read';
import { writePreferenceSnapshot } from './preference-snapshot-writer';

/*
 * What pages follow in storage, without Preact: the hooks (use-preference-items, use-schedule)
 * and the new tab, which paints without Preact, share these.
 */

/** Calls back with a value now and whenever it changes, until the signal aborts. */
export type Follow<T> = (callback: (value: T) => void, signal: AbortSignal) => void;

/** The preference items; every read also refreshes the pages' snapshot for the next page. */
export const followPreferences: Follow<StoredItems> = (callback, signal) =>
  followPreferenceItems((items) => {
    writePreferenceSnapshot(items);
    callback(items);
  }, signal);

/** The worker's schedule. */
export const followSchedule: Follow<ScheduleState> = (callback, signal) => {
  const read = () =>
    void readItems('local', [SCHEDULE_KEY]).then((items) => {
      if (!signal.aborted) callback(parseScheduleState(items[SCHEDULE_KEY], Date.now()).state);
    });
  onItemsChanged('local', (changes) => SCHEDULE_KEY in changes && read(), signal);
  read();
};
