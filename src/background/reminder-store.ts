import { appendToDayLists, dayListKey } from '../core/day-lists';
import { parsePreferences } from '../core/preferences';
import type { PreferencesArea } from '../core/preferences-area';
import type { ReminderPreferences } from '../core/reminders/active-windows';
import { parseScheduleState, type ScheduleState } from '../core/reminders/schedule-state';
import type { Transition } from '../core/reminders/transitions';
import { SCHEDULE_KEY } from '../core/storage-keys';
import { readPreferenceSources } from '../platform/preferences-reader';
import { updateItems } from '../platform/storage';

export interface ReminderContext {
  reminders: ReminderPreferences;
  state: ScheduleState;
  /** The stored schedule was missing or unreadable and has been replaced by a fresh one. */
  fresh: boolean;
  /** Where this device keeps preferences; other browsers are told of pauses only through sync. */
  area: PreferencesArea;
}

export async function loadReminderContext(now: number): Promise<ReminderContext> {
  const { items, area, local } = await readPreferenceSources({ localKeys: [SCHEDULE_KEY], everyItem: false });
  const { state, repaired } = parseScheduleState(local[SCHEDULE_KEY], now);
  return { reminders: parsePreferences(items).preferences.reminders, state, fresh: repaired || !(SCHEDULE_KEY in local), area };
}

/** Stores the new schedule and any log entries in one storage.local write. */
export async function saveTransition(transition: Transition): Promise<void> {
  const logKeys = [...new Set(transition.log.map((entry) => dayListKey('pauseLog', entry.at)))];
  await updateItems('local', logKeys, (current) => ({
    set: { [SCHEDULE_KEY]: transition.state, ...appendToDayLists('pauseLog', current, transition.log) },
  }));
}
