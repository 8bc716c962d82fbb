import { expiredDayKeys } from '../core/history-retention';
import { parsePreferences } from '../core/preferences';
import { readPreferenceSources } from './preferences-reader';
import { writeItems } from './storage';

/**
 * What the reflections page does when it opens (the writes sweep only the days just gone): the
 * journal and pause-log days among `localKeys` that the person's keep-for has gone past are
 * removed. Returns the keys removed. The keep-for holds with the history off too: turning it off
 * stops new entries and erases nothing, so what was kept stays for as long as chosen.
 */
export async function removeExpiredHistory(localKeys: readonly string[], now: number): Promise<string[]> {
  const { items } = await readPreferenceSources({ everyItem: false });
  const expired = expiredDayKeys(localKeys, now, parsePreferences(items).preferences.history.keepForDays);
  if (expired.length > 0) await writeItems('local', { remove: expired });
  return expired;
}
