import type { StoredItems } from './preference-migrations';
import { preferenceKeys } from './preference-keys';
import { PREFERENCES_AREA_KEY, SCHEMA_VERSION_KEY } from './storage-keys';

/*
 * Where the person's preferences live: `sync` shares them across their browsers (the default),
 * `local` keeps them on this device only. The choice itself is a fact about this device, so it
 * is kept in storage.local, and only when it differs from the default.
 */
export type PreferencesArea = 'sync' | 'local';

/** Set and remove, for one storage area; the same shape platform's WritePlan takes. */
export interface ItemWrite {
  set: StoredItems;
  remove: string[];
}

export function parsePreferencesArea(stored: unknown): PreferencesArea {
  return stored === 'local' ? 'local' : 'sync';
}

/**
 * Whether a stored key holds a preference: the schema version, or a "section.name" item. The
 * pattern rather than the known list, so items a newer Kindly wrote travel with the rest.
 */
export function isPreferenceItemKey(key: string): boolean {
  return key === SCHEMA_VERSION_KEY || /^[a-z][A-Za-z0-9]*\.[A-Za-z0-9]+$/.test(key);
}

/** Only the preference items of an area (storage.local also holds the journal, the schedule …). */
export function preferenceItems(items: StoredItems): StoredItems {
  return Object.fromEntries(Object.entries(items).filter(([key]) => isPreferenceItemKey(key)));
}

/** The storage.local keys to read for preferences kept on this device, marker included. */
export const localPreferenceKeys: readonly string[] = [PREFERENCES_AREA_KEY, SCHEMA_VERSION_KEY, ...preferenceKeys];

/** The preference items from whichever area this device's marker (in `local`) points to. */
export function chosenPreferenceItems(sync: StoredItems, local: StoredItems): StoredItems {
  return preferenceItems(parsePreferencesArea(local[PREFERENCES_AREA_KEY]) === 'local' ? local : sync);
}

/** Makes the preference items of an area exactly `wanted`, leaving every other key alone. */
export function replacePreferenceItems(existing: StoredItems, wanted: StoredItems): ItemWrite {
  const remove = Object.keys(preferenceItems(existing)).filter((key) => !Object.hasOwn(wanted, key));
  return { set: { ...preferenceItems(wanted) }, remove };
}

export interface AreaSwitch {
  /** Written first, when moving to sync: this device's values become the shared ones. */
  sync?: ItemWrite;
  /** One storage.local write: the copy (or the clean-up) and the marker together. */
  local: ItemWrite;
}

/**
 * Moving preferences between areas. To this device only: sync's items are copied here and the
 * copy in sync is left as it is, so the person's other browsers keep what they have. Back to
 * sync: this device's items replace sync's, and the local copy goes, so only one copy is read.
 */
export function planAreaSwitch(to: PreferencesArea, sync: StoredItems, local: StoredItems): AreaSwitch {
  if (to === 'local') {
    const copy = replacePreferenceItems(local, sync);
    return { local: { set: { ...copy.set, [PREFERENCES_AREA_KEY]: 'local' }, remove: copy.remove } };
  }
  return {
    sync: replacePreferenceItems(sync, local),
    local: { set: {}, remove: [...Object.keys(preferenceItems(local)), PREFERENCES_AREA_KEY] },
  };
}
