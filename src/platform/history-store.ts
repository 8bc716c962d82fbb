import { isDayListKey } from '../core/day-lists';
import { historyKeys, withEntryRestored, withNoteEdited, withoutEntry, type EntryRef, type Removal } from '../core/reflections/history-edits';
import { onItemsChanged, readItems, updateItems, type Items } from './storage';
import { tracked } from './test-hooks';

/*
 * The history in storage.local for the reflections page: read once, followed, and changed one
 * entry at a time through the area's write queue (what to write is decided in core).
 */
const isHistoryKey = (key: string) => isDayListKey('journal', key) || isDayListKey('pauseLog', key);

/** Every journal and pause-log day list as stored (one read of the whole area). */
export async function readHistoryItems(): Promise<Items> {
  const items = await readItems('local');
  return Object.fromEntries(historyKeys(Object.keys(items)).map((key) => [key, items[key]]));
}

/** Calls back with each change to a journal or pause-log day (undefined: the day is gone). */
export function followHistoryItems(onChange: (changed: Items) => void, signal?: AbortSignal): () => void {
  return onItemsChanged(
    'local',
    (changes) => {
      const changed = Object.fromEntries(Object.entries(changes).filter(([key]) => isHistoryKey(key)).map(([key, change]) => [key, change.newValue]));
      if (Object.keys(changed).length > 0) onChange(changed);
    },
    signal,
  );
}

/** Sets (or, with a blank text, takes out) one note of one entry; false when the entry is gone. */
export const editNote = tracked(async (ref: EntryRef, noteId: string, text: string): Promise<boolean> => {
  const plan = await updateItems('local', [ref.key], (items) => {
    const list = withNoteEdited(items[ref.key], ref, noteId, text);
    return list && { set: { [ref.key]: list } };
  });
  return plan !== undefined;
});

/** Takes one entry out of its day; what came out, for an undo (undefined when it was already gone). */
export const deleteEntry = tracked(async (ref: EntryRef): Promise<Omit<Removal, 'list'> | undefined> => {
  let removal: Removal | undefined;
  await updateItems('local', [ref.key], (items) => {
    removal = withoutEntry(items[ref.key], ref);
    if (!removal) return undefined;
    return removal.list.length > 0 ? { set: { [ref.key]: removal.list } } : { remove: [ref.key] };
  });
  return removal && { removed: removal.removed, index: removal.index };
});

/** Puts a deleted entry back in its day, where it was. */
export const restoreEntry = tracked(async (key: string, entry: unknown, index: number): Promise<void> => {
  await updateItems('local', [key], (items) => ({ set: { [key]: withEntryRestored(items[key], entry, index) } }));
});

/** Removes every journal and pause-log day; preferences, own affirmations and the schedule stay. */
export const eraseHistory = tracked(async (): Promise<void> => {
  await updateItems('local', undefined, (items) => {
    const keys = historyKeys(Object.keys(items));
    return keys.length > 0 ? { remove: keys } : undefined;
  });
});
