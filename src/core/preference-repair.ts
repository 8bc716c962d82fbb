import { isPlainRecord, jsonEqual } from './json-equal';
import { parseOwnAffirmations } from './own-affirmations';
import { migrateStoredItems, type StoredItems } from './preference-migrations';
import { isPreferenceKey, parsePreferences, type InvalidPreference } from './preferences';

export interface PreferenceRepair {
  /** Items to set and keys to remove in `storage.sync`. Empty when nothing needs to change. */
  set: StoredItems;
  remove: string[];
  /** Raw values that could not be used: back them up before removing them. */
  backup: InvalidPreference[];
}

/**
 * What the worker does to stored preferences on install and update: run the migrations, and
 * take out values that can't be read (after backing them up) so every page sees clean data.
 * Data written by a newer Kindly is left exactly as it is.
 */
export function planPreferenceRepair(stored: unknown): PreferenceRepair {
  const parsed = parsePreferences(stored);
  if (parsed.readOnly || !isPlainRecord(stored)) return { set: {}, remove: [], backup: parsed.invalid };

  const { items } = migrateStoredItems(stored);
  const set: StoredItems = {};
  const remove = new Set<string>();
  for (const [key, value] of Object.entries(items)) {
    if (!Object.hasOwn(stored, key) || !jsonEqual(stored[key], value)) set[key] = value;
  }
  for (const key of Object.keys(stored)) if (!Object.hasOwn(items, key)) remove.add(key);

  // The person's own affirmations are kept like the preferences beside them: only unreadable
  // ones go (backed up first); any other "name.id" item stays, as a newer Kindly may have written it.
  const ownInvalid = parseOwnAffirmations(items).invalid;
  const cleared = [...parsed.invalid.filter((entry) => isPreferenceKey(entry.key)), ...ownInvalid];
  for (const entry of cleared) {
    delete set[entry.key];
    remove.add(entry.key);
  }
  return { set, remove: [...remove], backup: [...parsed.invalid, ...ownInvalid] };
}
