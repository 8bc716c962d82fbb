import { dayListKey } from '../core/day-lists';
import { historyWrite, type HistoryChoice } from '../core/history-retention';
import type { JournalEntry } from '../core/journal';
import { updateItems } from '../platform/storage';

/**
 * Adds an entry to this device's private journal (storage.local only), as the person's history
 * choice says: nothing while it is off (then false), and with a keep-for the same write removes
 * the days gone past it. A full storage rejects with a StorageQuotaError; nothing else is touched.
 */
export async function saveJournalEntry(entry: JournalEntry, history: HistoryChoice, now = Date.now()): Promise<boolean> {
  if (!history.keep) return false;
  await updateItems('local', [dayListKey('journal', entry.at)], (current) => historyWrite('journal', current, [entry], history, now));
  return true;
}
