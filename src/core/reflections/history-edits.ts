import { isPlainRecord } from '../json-equal';
import { isDayListKey } from '../day-lists';

/*
 * Changing one journal entry in its day list: found by its time and exercise, changed or taken
 * out, and every other item of the list kept exactly as stored, even those Kindly can't read.
 */

/** Which entry: its day list's key, when it started, and its exercise. */
export interface EntryRef {
  key: string;
  at: number;
  exercise: string;
}

const isTarget = (item: unknown, ref: EntryRef): item is Record<string, unknown> =>
  isPlainRecord(item) && item.at === ref.at && item.exercise === ref.exercise;

/**
 * The day list with the entry's note `noteId` set to `text` (a blank text takes the note out),
 * or undefined when the entry isn't there any more.
 */
export function withNoteEdited(stored: unknown, ref: EntryRef, noteId: string, text: string): unknown[] | undefined {
  if (!Array.isArray(stored)) return undefined;
  const list = stored as unknown[];
  const index = list.findIndex((item) => isTarget(item, ref));
  if (index < 0) return undefined;
  const entry = list[index] as Record<string, unknown>;
  const notes: Record<string, unknown> = isPlainRecord(entry.notes) ? { ...entry.notes } : {};
  if (text.trim() === '') delete notes[noteId];
  else notes[noteId] = text;
  const { notes: _old, ...rest } = entry;
  const edited = Object.keys(notes).length > 0 ? { ...rest, notes } : rest;
  return list.map((item, at) => (at === index ? edited : item));
}

export interface Removal {
  list: unknown[];
  /** The entry as it was stored, and where it was, so an undo puts it back in its place. */
  removed: unknown;
  index: number;
}

/** The day list without the entry, or undefined when it isn't there. */
export function withoutEntry(stored: unknown, ref: EntryRef): Removal | undefined {
  if (!Array.isArray(stored)) return undefined;
  const list = stored as unknown[];
  const index = list.findIndex((item) => isTarget(item, ref));
  if (index < 0) return undefined;
  return { list: list.filter((_item, at) => at !== index), removed: list[index], index };
}

/** The day list with a removed entry back where it was (or at the end, if the list is shorter now). */
export function withEntryRestored(stored: unknown, entry: unknown, index: number): unknown[] {
  const list = Array.isArray(stored) ? [...(stored as unknown[])] : stored === undefined ? [] : [stored];
  list.splice(Math.min(Math.max(0, index), list.length), 0, entry);
  return list;
}

/** The keys that hold the history (every journal and pause-log day), among stored keys. */
export function historyKeys(keys: Iterable<string>): string[] {
  return [...keys].filter((key) => isDayListKey('journal', key) || isDayListKey('pauseLog', key));
}
