import { localDay } from '../local-day';

/*
 * A neutral record of what happened to each reminder, for the reflections page. Nothing here is
 * counted against anyone: skipping is as normal as taking a pause.
 */
export type ReminderOutcome = 'taken' | 'snoozed' | 'dismissed' | 'unanswered' | 'away';

export interface PauseLogEntry {
  at: number;
  outcome: ReminderOutcome;
  /** For 'away': how long the person was away, in whole minutes. */
  awayMinutes?: number;
}

const LOG_PREFIX = 'pauseLog:';

/** One storage.local key per local day keeps each write small however long the history grows. */
export function pauseLogKey(at: number): string {
  return `${LOG_PREFIX}${localDay(at)}`;
}

export function isPauseLogKey(key: string): boolean {
  return key.startsWith(LOG_PREFIX);
}

/** Appends entries to the stored day lists; an unreadable stored list is kept as its first entry. */
export function appendToPauseLog(stored: Record<string, unknown>, entries: readonly PauseLogEntry[]): Record<string, unknown[]> {
  const days: Record<string, unknown[]> = {};
  for (const entry of entries) {
    const key = pauseLogKey(entry.at);
    if (!days[key]) {
      const existing = stored[key];
      days[key] = Array.isArray(existing) ? [...(existing as unknown[])] : existing === undefined ? [] : [existing];
    }
    days[key].push(entry);
  }
  return days;
}
