import { appendToDayLists, dayListKey, dayOfKey, isDayListKey } from './day-lists';
import type { Preferences } from './preference-schema';
import type { DayList } from './storage-keys';
import { localDay } from './time';

/*
 * How long the journal and the pause log are kept (Options: "keep for"). Applied whenever entries
 * are written and when the reflections page opens, never by an alarm of its own: day lists whose
 * local day is before the first day kept are removed whole. 'always' removes nothing.
 */
export type KeepFor = Preferences['history']['keepForDays'];

const lists: readonly DayList[] = ['journal', 'pauseLog'];

/**
 * The first local day kept ("2026-03-14"), counting today as one of the days: with 30, today
 * and the 29 days before it. Undefined when everything is kept.
 */
export function firstDayKept(now: number, keepFor: KeepFor): string | undefined {
  if (keepFor === 'always') return undefined;
  const date = new Date(now);
  // Calendar arithmetic on the local date, so a daylight-saving change never shifts the day.
  date.setDate(date.getDate() - (keepFor - 1));
  return localDay(date.getTime());
}

/** The journal and pause-log keys among `keys` whose day is before the first day kept. */
export function expiredDayKeys(keys: Iterable<string>, now: number, keepFor: KeepFor): string[] {
  const first = firstDayKept(now, keepFor);
  if (first === undefined) return [];
  const expired: string[] = [];
  for (const key of keys) {
    const list = lists.find((candidate) => isDayListKey(candidate, key));
    // Day strings are zero-padded, so they compare as dates; a key that isn't a day is left alone.
    if (list && /^\d{4}-\d{2}-\d{2}$/.test(dayOfKey(list, key)) && dayOfKey(list, key) < first) expired.push(key);
  }
  return expired;
}

/** How many days before the first day kept a write looks back to remove (longer gaps: the page's sweep). */
export const WRITE_SWEEP_DAYS = 400;

/**
 * The keys a write removes on its way, without reading every key first: both lists' days in the
 * `WRITE_SWEEP_DAYS` before the first day kept. Removing a key that isn't there costs nothing.
 */
export function sweepKeysOnWrite(now: number, keepFor: KeepFor): string[] {
  const first = firstDayKept(now, keepFor);
  if (first === undefined) return [];
  const [year, month, day] = first.split('-').map(Number) as [number, number, number];
  const keys: string[] = [];
  for (let back = 1; back <= WRITE_SWEEP_DAYS; back += 1) {
    // Noon of each day before: never near a daylight-saving change at midnight.
    const noon = new Date(year, month - 1, day - back, 12).getTime();
    for (const list of lists) keys.push(dayListKey(list, noon));
  }
  return keys;
}

/** The person's history choice: whether it is kept, and for how long. */
export type HistoryChoice = Preferences['history'];

/**
 * One write of new entries to a day list under the person's choice: the days it sets (none while
 * the history isn't kept) and, on its way, the expired days it removes. `stored` holds the
 * entries' days as they are now.
 */
export function historyWrite(
  list: DayList,
  stored: Record<string, unknown>,
  entries: readonly { at: number }[],
  choice: HistoryChoice,
  now: number,
): { set: Record<string, unknown[]>; remove: string[] } {
  if (!choice.keep || entries.length === 0) return { set: {}, remove: [] };
  const set = appendToDayLists(list, stored, entries);
  return { set, remove: sweepKeysOnWrite(now, choice.keepForDays).filter((key) => !(key in set)) };
}
