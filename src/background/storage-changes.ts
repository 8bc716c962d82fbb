import { parsePreferences } from '../core/preferences';
import type { PreferencesArea } from '../core/preferences-area';
import { LAST_PAUSE_KEY, PREFERENCES_AREA_KEY, SCHEDULE_KEY } from '../core/storage-keys';
import { readPreferenceSources } from '../platform/preferences-reader';
import type { ItemChanges } from '../platform/storage';
import { track } from '../platform/test-hooks';
import { preferencesBefore, touchesReminders } from './preferences-before';
import * as reminders from './reminders';
import { sharedPauseTime } from './shared-pause';

async function rescheduleIfRemindersChanged(changed: PreferencesArea, changes: ItemChanges): Promise<void> {
  const { sync, local } = await readPreferenceSources({ everyItem: false });
  const before = preferencesBefore(changed, changes, { sync, local });
  if (before) await reminders.preferencesChanged(parsePreferences(before).preferences.reminders);
}

/*
 * Storage is the source of truth: the worker follows the reminder preferences in whichever area
 * this device reads them from (and a move between areas), pauses taken in the person's other
 * browsers, and an erase, after which a fresh schedule starts from now.
 */
export function storageChanged(area: PreferencesArea, changes: ItemChanges): void {
  const shared = area === 'sync' ? sharedPauseTime(changes[LAST_PAUSE_KEY]?.newValue) : undefined;
  if (shared !== undefined) void reminders.pauseTakenElsewhere(shared);
  const moved = area === 'local' && PREFERENCES_AREA_KEY in changes;
  if (moved || touchesReminders(changes)) void track(rescheduleIfRemindersChanged(area, changes));
  else if (area === 'local' && SCHEDULE_KEY in changes && changes[SCHEDULE_KEY]?.newValue === undefined) void reminders.reconcile();
}
