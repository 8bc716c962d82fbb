import type { JournalEntry } from '../journal';
import { weekStart } from './weeks';
import type { Weekday } from './week-start';

/**
 * Practices done this week (the locale's week, local time): one journal entry each. Snoozes,
 * "not now" and time away are in the pause log, not here: nothing is counted against anyone.
 */
export function pausesThisWeek(entries: readonly JournalEntry[], now: number, firstDay: Weekday): number {
  const start = weekStart(now, firstDay);
  const date = new Date(start);
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7).getTime();
  return entries.filter((entry) => entry.at >= start && entry.at < end).length;
}
