import { journalKey, withJournalEntry, type JournalEntry } from '../core/journal';
import { updateItems } from '../platform/storage';

/** Adds an entry to this device's private journal (storage.local only). */
export async function saveJournalEntry(entry: JournalEntry): Promise<void> {
  const key = journalKey(entry.at);
  await updateItems('local', [key], (current) => ({ set: { [key]: withJournalEntry(current[key], entry) } }));
}
