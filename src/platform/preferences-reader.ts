import type { StoredItems } from '../core/preference-migrations';
import { chosenPreferenceItems, isPreferenceItemKey, localPreferenceKeys, parsePreferencesArea, type PreferencesArea } from '../core/preferences-area';
import { PREFERENCES_AREA_KEY } from '../core/storage-keys';
import { onItemsChanged, readItems, type ItemChanges, type Items } from './storage-read';

/*
 * Reading preferences and following their changes, from whichever area this device uses: the
 * worker reads its sources here, and pages follow through ui/page-preferences.ts. Apart from
 * saving (preferences-store.ts) so a page that only reads, like the new tab, carries no write
 * queue or sync writer.
 */

/** Where this device keeps preferences: across the person's browsers (sync) or here only. */
export async function preferencesArea(): Promise<PreferencesArea> {
  return parsePreferencesArea((await readItems('local', [PREFERENCES_AREA_KEY]))[PREFERENCES_AREA_KEY]);
}

/** Preferences as read from both areas, with where this device takes them from. */
export interface PreferenceSources {
  /** The preference items of the area this device uses. */
  items: StoredItems;
  area: PreferencesArea;
  /** As read: all of storage.sync, and of storage.local what was asked for (below). */
  sync: Items;
  local: Items;
}

/**
 * The one way Kindly reads preferences: both areas at once (one round trip, whichever the marker
 * turns out to choose), with any other storage.local keys the caller needs (the worker's
 * schedule). `everyItem`: the items beside the schema's leaves too (the person's own
 * affirmations); they have no fixed keys, so while preferences are kept on this device that
 * means reading all of storage.local, journal included. The worker needs only the leaves.
 */
export async function readPreferenceSources({ localKeys = [], everyItem = true }: { localKeys?: readonly string[]; everyItem?: boolean } = {}): Promise<PreferenceSources> {
  const [sync, marked] = await Promise.all([readItems('sync'), readItems('local', [...localPreferenceKeys, ...localKeys])]);
  const area = parsePreferencesArea(marked[PREFERENCES_AREA_KEY]);
  const local = area === 'local' && everyItem ? await readItems('local') : marked;
  return { items: chosenPreferenceItems(sync, local), area, sync, local };
}

/**
 * The stored preference items, as stored, from whichever area this device uses: the leaves of
 * the schema plus any other "name.id" items kept beside them (such as the person's own
 * affirmations).
 */
export async function loadPreferenceItems(): Promise<StoredItems> {
  return (await readPreferenceSources()).items;
}

const touchesPreferences = (changes: ItemChanges) => Object.keys(changes).some(isPreferenceItemKey);

/** Calls back with the stored preference items (see loadPreferenceItems) whenever they change, here or in another browser. */
export function watchPreferenceItems(callback: (items: StoredItems) => void, signal?: AbortSignal): () => void {
  const reload = () =>
    void loadPreferenceItems().then((items) => {
      if (!signal?.aborted) callback(items);
    });
  const reloadIfChosen = (area: PreferencesArea) =>
    void preferencesArea().then((chosen) => {
      if (chosen === area) reload();
    });
  const stopSync = onItemsChanged(
    'sync',
    (changes) => {
      if (touchesPreferences(changes)) reloadIfChosen('sync');
    },
    signal,
  );
  const stopLocal = onItemsChanged(
    'local',
    (changes) => {
      // A change of area brings other preferences into effect, whatever else changed.
      if (PREFERENCES_AREA_KEY in changes) reload();
      else if (touchesPreferences(changes)) reloadIfChosen('local');
    },
    signal,
  );
  return () => {
    stopSync();
    stopLocal();
  };
}

/**
 * Calls back with the items now and whenever they change. A change that arrives while the first
 * read is on its way is newer than that read's answer and wins over it.
 */
export function followPreferenceItems(callback: (items: StoredItems) => void, signal: AbortSignal): void {
  let changed = false;
  watchPreferenceItems((items) => {
    changed = true;
    callback(items);
  }, signal);
  void loadPreferenceItems().then((items) => {
    if (!signal.aborted && !changed) callback(items);
  });
}
