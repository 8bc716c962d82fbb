import { dayListPrefixes, type DayList } from './storage-keys';
import { localDay } from './time';

/*
 * The journal and the pause log each keep one storage.local key per local day, so every write
 * stays small however long the history grows.
 */

/** The key of the day `at` falls on. */
export function dayListKey(list: DayList, at: number): string {
  return `${dayListPrefixes[list]}${localDay(at)}`;
}

export function isDayListKey(list: DayList, key: string): boolean {
  return key.startsWith(dayListPrefixes[list]);
}

/** The day a key of the list names ("2026-03-14"), as written after its prefix. */
export function dayOfKey(list: DayList, key: string): string {
  return key.slice(dayListPrefixes[list].length);
}

/**
 * The stored day lists with these entries added, each on its own day. Anything unexpected stored
 * under a day's key is kept, as that list's first entry.
 */
export function appendToDayLists(list: DayList, stored: Record<string, unknown>, entries: readonly { at: number }[]): Record<string, unknown[]> {
  const days: Record<string, unknown[]> = {};
  for (const entry of entries) {
    const key = dayListKey(list, entry.at);
    if (!days[key]) {
      const existing = stored[key];
      days[key] = Array.isArray(existing) ? [...(existing as unknown[])] : existing === undefined ? [] : [existing];
    }
    days[key].push(entry);
  }
  return days;
}
