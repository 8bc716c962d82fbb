import * as v from 'valibot';
import { isPlainRecord, jsonEqual } from './json-equal';
import { defaultPreferences } from './preference-defaults';
import { isPreferenceKey, preferenceKeys } from './preference-keys';
import { migrateStoredItems, type StoredItems } from './preference-migrations';
import { preferenceSchema, type PreferenceKey, type PreferenceValue, type Preferences, type Section } from './preference-schema';
import { SCHEMA_VERSION_KEY } from './storage-keys';

export { defaultPreferences } from './preference-defaults';
export { isPreferenceKey, preferenceKeys } from './preference-keys';
export type { PreferenceKey, PreferenceValue, Preferences } from './preference-schema';

/** A stored value that could not be used. The raw value is kept so it can be backed up. */
export interface InvalidPreference {
  key: string;
  value: unknown;
  reason: string;
}

export interface ParsedPreferences {
  preferences: Preferences;
  invalid: InvalidPreference[];
  /** Written by a newer Kindly: shown as far as understood, never written back. */
  readOnly: boolean;
}

type LeafSchema = v.GenericSchema;
const sections = preferenceSchema as unknown as Record<Section, Record<string, LeafSchema>>;


function split(key: PreferenceKey): [Section, string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot) as Section, key.slice(dot + 1)];
}

export function getPreference<K extends PreferenceKey>(preferences: Preferences, key: K): PreferenceValue<K> {
  const [section, name] = split(key);
  return (preferences[section] as Record<string, unknown>)[name] as PreferenceValue<K>;
}

export function withPreference<K extends PreferenceKey>(preferences: Preferences, key: K, value: PreferenceValue<K>): Preferences {
  const [section, name] = split(key);
  return { ...preferences, [section]: { ...preferences[section], [name]: value } };
}

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

export function validatePreference<K extends PreferenceKey>(key: K, value: unknown): Validation<PreferenceValue<K>> {
  const [section, name] = split(key);
  const schema = sections[section][name];
  if (!schema) return { ok: false, reason: `Unknown preference "${key}"` };
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output as PreferenceValue<K> };
  return { ok: false, reason: result.issues[0].message };
}

/**
 * Reads stored items into complete preferences: defaults, overlaid with every stored value that
 * is valid. Never throws. Older schema versions are migrated in memory first.
 */
export function parsePreferences(stored: unknown): ParsedPreferences {
  const invalid: InvalidPreference[] = [];
  if (!isPlainRecord(stored)) {
    if (stored !== undefined && stored !== null) {
      invalid.push({ key: '*', value: stored, reason: 'Stored preferences were not a set of named values' });
    }
    return { preferences: defaultPreferences, invalid, readOnly: false };
  }
  const migrated = migrateStoredItems(stored);
  if (migrated.unreadableVersion !== undefined) {
    invalid.push({ key: SCHEMA_VERSION_KEY, value: migrated.unreadableVersion, reason: 'Unreadable schema version' });
  }
  let preferences = defaultPreferences;
  for (const key of preferenceKeys) {
    if (!Object.hasOwn(migrated.items, key) || migrated.items[key] === undefined) continue;
    const raw = migrated.items[key];
    const checked = validatePreference(key, raw);
    if (checked.ok) preferences = withPreference(preferences, key, checked.value);
    else invalid.push({ key, value: raw, reason: checked.reason });
  }
  return { preferences, invalid, readOnly: migrated.newer };
}

/** The stored items that represent these preferences: only what differs from the defaults. */
export function storedItemsFor(preferences: Preferences): StoredItems {
  const items: StoredItems = {};
  for (const key of preferenceKeys) {
    const value = getPreference(preferences, key);
    if (!jsonEqual(value, getPreference(defaultPreferences, key))) items[key] = value;
  }
  return items;
}

export interface PreferenceWrite {
  set: StoredItems;
  remove: string[];
  invalid: InvalidPreference[];
}

/**
 * Turns changes the person made into a storage write. Valid values that differ from the default
 * are set; values equal to the default are removed (so storage only ever holds real choices and
 * a fresh install writes nothing); invalid values are refused and reported. The schema version
 * marker is added where the stored one is read (markedWithVersion).
 */
export function planPreferenceWrite(changes: Partial<Record<PreferenceKey, unknown>>): PreferenceWrite {
  const write: PreferenceWrite = { set: {}, remove: [], invalid: [] };
  for (const [key, value] of Object.entries(changes)) {
    if (!isPreferenceKey(key)) {
      write.invalid.push({ key, value, reason: `Unknown preference "${key}"` });
      continue;
    }
    const checked = validatePreference(key, value);
    if (!checked.ok) write.invalid.push({ key, value, reason: checked.reason });
    else if (jsonEqual(checked.value, getPreference(defaultPreferences, key))) write.remove.push(key);
    else write.set[key] = checked.value;
  }
  return write;
}
