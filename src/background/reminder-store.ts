import { parsePreferences } from '../core/preferences';
import type { ReminderPreferences } from '../core/reminders/active-windows';
import { appendToPauseLog, pauseLogKey } from '../core/reminders/pause-log';
import { parseScheduleState, SCHEDULE_KEY, type ScheduleState } from '../core/reminders/schedule-state';
import type { Transition } from '../core/reminders/transitions';
import { readItems, updateItems } from '../platform/storage';

export interface ReminderContext {
  reminders: ReminderPreferences;
  state: ScheduleState;
  /** The stored schedule was missing or unreadable and has been replaced by a fresh one. */
  fresh: boolean;
}

export async function loadReminderContext(now: number): Promise<ReminderContext> {
  const [syncItems, localItems] = await Promise.all([readItems('sync'), readItems('local', [SCHEDULE_KEY])]);
  const { state, repaired } = parseScheduleState(localItems[SCHEDULE_KEY], now);
  return { reminders: parsePreferences(syncItems).preferences.reminders, state, fresh: repaired || !(SCHEDULE_KEY in localItems) };
}

/** Stores the new schedule and any log entries in one storage.local write. */
export async function saveTransition(transition: Transition): Promise<void> {
  const logKeys = [...new Set(transition.log.map((entry) => pauseLogKey(entry.at)))];
  await updateItems('local', logKeys, (current) => ({
    set: { [SCHEDULE_KEY]: transition.state, ...appendToPauseLog(current, transition.log) },
  }));
}
