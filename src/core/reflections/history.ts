import * as v from 'valibot';
import { isDayListKey } from '../day-lists';
import { journalEntrySchema, type JournalEntry } from '../journal';
import { pauseLogEntrySchema, type PauseLogEntry } from '../reminders/pause-log';

/*
 * The journal and the pause log as the reflections page reads them: every entry Kindly can read,
 * from every day list (today's `journal:<day>` and `pauseLog:<day>`, and fields a later version
 * adds travel along), and how many could not be read. Reading never changes storage: what can't
 * be read stays exactly as it is stored.
 */

/** A journal entry and the storage key of the day list it is in (edits and deletes go there). */
export interface HistoryEntry {
  key: string;
  entry: JournalEntry;
}

export interface History {
  /** Newest first. */
  entries: HistoryEntry[];
  /** Newest first. */
  pauses: PauseLogEntry[];
  /** Stored entries (or whole day lists) of either list that are not readable entries. */
  unreadable: number;
}

function readList<T>(value: unknown, schema: v.GenericSchema<unknown, T>, found: (entry: T) => void): number {
  if (!Array.isArray(value)) return 1;
  let unreadable = 0;
  for (const item of value as unknown[]) {
    if (v.is(schema, item)) found(item as T);
    else unreadable += 1;
  }
  return unreadable;
}

/** The history in stored items (storage.local as read; other keys are ignored). Never throws. */
export function readHistory(items: Record<string, unknown>): History {
  const entries: HistoryEntry[] = [];
  const pauses: PauseLogEntry[] = [];
  let unreadable = 0;
  for (const [key, value] of Object.entries(items)) {
    if (value === undefined) continue;
    if (isDayListKey('journal', key)) unreadable += readList(value, journalEntrySchema, (entry) => entries.push({ key, entry }));
    else if (isDayListKey('pauseLog', key)) unreadable += readList(value, pauseLogEntrySchema, (entry) => pauses.push(entry));
  }
  entries.sort((a, b) => b.entry.at - a.entry.at);
  pauses.sort((a, b) => b.at - a.at);
  return { entries, pauses, unreadable };
}

/** The readable journal entries alone, newest first. */
export function journalEntries(items: Record<string, unknown>): JournalEntry[] {
  return readHistory(items).entries.map(({ entry }) => entry);
}
