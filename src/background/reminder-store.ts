import { appendToDayLists, dayListKey } from '../core/day-lists';
import { parsePreferences } from '../core/preferences';
import type { ReminderContext } from '../core/reminders/reminder-events';
import { parseScheduleState } from '../core/reminders/schedule-state';
import type { Transition } from '../core/reminders/transitions';
import { REMINDER_PROBLEM_KEY, SCHEDULE_KEY } from '../core/storage-keys';
import { readPreferenceSources } from '../platform/preferences-reader';
import { StorageQuotaError } from '../platform/storage-errors';
import { readItems, updateItems, writeItems } from '../platform/storage';

export interface LoadedReminderContext extends ReminderContext {
  /** The stored schedule was missing or unreadable and has been replaced by a fresh one. */
  fresh: boolean;
  /** A problem from an earlier event is on record, to clear once things work again. */
  problem: boolean;
}

export async function loadReminderContext(now: number): Promise<LoadedReminderContext> {
  const [{ items, area, local }, session] = await Promise.all([
    readPreferenceSources({ localKeys: [SCHEDULE_KEY], everyItem: false }),
    readItems('session', [REMINDER_PROBLEM_KEY]),
  ]);
  const { state, repaired } = parseScheduleState(local[SCHEDULE_KEY], now);
  return {
    reminders: parsePreferences(items).preferences.reminders,
    state,
    area,
    fresh: repaired || !(SCHEDULE_KEY in local),
    problem: REMINDER_PROBLEM_KEY in session,
  };
}

/** Stores the new schedule and any log entries in one storage.local write. */
export async function saveTransition(transition: Transition): Promise<void> {
  const logKeys = [...new Set(transition.log.map((entry) => dayListKey('pauseLog', entry.at)))];
  await updateItems('local', logKeys, (current) => ({
    set: { [SCHEDULE_KEY]: transition.state, ...appendToDayLists('pauseLog', current, transition.log) },
  }));
}

/**
 * Notes that the worker couldn't read or store its schedule, for the options page to mention.
 * Kept in session storage, which is in memory: when storage.local is full, that still works.
 */
export async function keepReminderProblem(now: number, error: unknown): Promise<void> {
  const kind = error instanceof StorageQuotaError ? error.kind : 'other';
  await writeItems('session', { set: { [REMINDER_PROBLEM_KEY]: { at: now, kind } } }).catch(() => undefined);
}

export async function clearReminderProblem(): Promise<void> {
  await writeItems('session', { remove: [REMINDER_PROBLEM_KEY] });
}
