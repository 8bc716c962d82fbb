import { dayListKey } from '../core/day-lists';
import { historyWrite, type HistoryChoice } from '../core/history-retention';
import { parsePreferences } from '../core/preferences';
import type { ReminderContext } from '../core/reminders/reminder-events';
import { parseScheduleState } from '../core/reminders/schedule-state';
import type { Transition } from '../core/reminders/transitions';
import { REMINDER_PROBLEM_KEY, SCHEDULE_KEY } from '../core/storage-keys';
import { readPreferenceSources } from '../platform/preferences-reader';
import { StorageQuotaError } from '../platform/storage-errors';
import { readItems, updateItems, writeItems } from '../platform/storage';

export interface LoadedReminderContext extends ReminderContext {
  /** Whether the pause log is kept, and for how long. */
  history: HistoryChoice;
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
  const { preferences } = parsePreferences(items);
  return {
    reminders: preferences.reminders,
    history: preferences.history,
    state,
    area,
    fresh: repaired || !(SCHEDULE_KEY in local),
    problem: REMINDER_PROBLEM_KEY in session,
  };
}

/**
 * Stores the new schedule and any log entries in one storage.local write. The entries follow the
 * person's history choice (none without one): not written while it is off, and with a keep-for
 * the same write removes the days that have expired.
 */
export async function saveTransition(transition: Transition, history: HistoryChoice = { keep: false, keepForDays: 'always' }, now = Date.now()): Promise<void> {
  const logKeys = history.keep ? [...new Set(transition.log.map((entry) => dayListKey('pauseLog', entry.at)))] : [];
  await updateItems('local', logKeys, (current) => {
    const { set, remove } = historyWrite('pauseLog', current, transition.log, history, now);
    return { set: { [SCHEDULE_KEY]: transition.state, ...set }, remove };
  });
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
