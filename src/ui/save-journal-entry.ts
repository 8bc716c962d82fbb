import { appendToDayLists, dayListKey } from '../core/day-lists';
import type { JournalEntry } from '../core/journal';
import { updateItems } from '../platform/storage';

/** Adds an entry to this device's private journal (storage.local only). */
export async function saveJournalEntry(entry: JournalEntry): Promise<void> {
  await updateItems('local', [dayListKey('journal', entry.at)], (current) => ({ set: appendToDayLists('journal', current, [entry]) }));
}
