import { parsePreferences, planPreferenceWrite, type ParsedPreferences, type PreferenceKey, type InvalidPreference } from '../core/preferences';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSION_KEY } from '../core/preference-migrations';
import {
  chosenPreferenceItems,
  isPreferenceItemKey,
  localPreferenceKeys,
  parsePreferencesArea,
  planAreaSwitch,
  PREFERENCES_AREA_KEY,
  type PreferencesArea,
} from '../core/preferences-area';
import { PreferencesReadOnlyError } from './storage-errors';
import { onItemsChanged, readItems, writeItems, type ItemChanges, type WritePlan } from './storage';
import { createSyncWriter, type SyncWriter } from './sync-writer';

export type { PreferencesArea } from '../core/preferences-area';

/** Where this device keeps preferences: across the person's browsers (sync) or here only. */
export async function preferencesArea(): Promise<PreferencesArea> {
  return parsePreferencesArea((await readItems('local', [PREFERENCES_AREA_KEY]))[PREFERENCES_AREA_KEY]);
}

export async function loadPreferences(): Promise<ParsedPreferences> {
  // Both areas at once: one round trip, whichever the marker turns out to choose.
  const [sync, local] = await Promise.all([readItems('sync'), readItems('local', localPreferenceKeys)]);
  return parsePreferences(chosenPreferenceItems(sync, local));
}

const touchesPreferences = (changes: ItemChanges) => Object.keys(changes).some(isPreferenceItemKey);

/** Calls back with freshly parsed preferences whenever they change, here or in another browser. */
export function watchPreferences(callback: (parsed: ParsedPreferences) => void, signal?: AbortSignal): () => void {
  const reload = () =>
    void loadPreferences().then((parsed) => {
      if (!signal?.aborted) callback(parsed);
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

let writer: SyncWriter | undefined;
/** Saves still checking where to go: a flush waits until they have been handed to a writer. */
const preparing = new Set<Promise<unknown>>();

/** Checks and hands the plan to the right writer; `stored` settles once it is in storage. */
async function handOver(plan: WritePlan): Promise<{ stored: Promise<void> }> {
  const area = await preferencesArea();
  const stored = await readItems(area, [SCHEMA_VERSION_KEY]);
  const version = stored[SCHEMA_VERSION_KEY];
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw new PreferencesReadOnlyError();
  if (area === 'local') return { stored: writeItems('local', plan) };
  writer ??= createSyncWriter();
  return { stored: writer.write(plan) };
}

/**
 * Saves changes the person made. Invalid values are never stored: they come back so the page can
 * mark them. Resolves once stored; rejects with StorageQuotaError or PreferencesReadOnlyError.
 * Sync writes are batched to stay inside its quotas; storage.local has none worth batching for.
 */
export async function savePreferences(changes: Partial<Record<PreferenceKey, unknown>>): Promise<InvalidPreference[]> {
  const plan = planPreferenceWrite(changes);
  if (Object.keys(plan.set).length === 0 && plan.remove.length === 0) return plan.invalid;
  const handedOver = handOver({ set: plan.set, remove: plan.remove });
  preparing.add(handedOver);
  try {
    await (await handedOver).stored;
  } finally {
    preparing.delete(handedOver);
  }
  return plan.invalid;
}

/** Writes pending changes now, for a page that is being hidden or closed. */
export async function flushPreferences(): Promise<void> {
  await Promise.allSettled(preparing);
  await writer?.flush();
}

/**
 * Moves preferences to the other area (see planAreaSwitch in core): to this device only, sync's
 * copy stays for the person's other browsers; back to sync, this device's values are shared.
 * Rejects with StorageQuotaError if sync refuses them, having changed nothing here.
 */
export async function setPreferencesArea(area: PreferencesArea): Promise<void> {
  // Changes still waiting for the sync writer belong to the area they were made in.
  await flushPreferences();
  const [sync, local] = await Promise.all([readItems('sync'), readItems('local')]);
  if (parsePreferencesArea(local[PREFERENCES_AREA_KEY]) === area) return;
  const plan = planAreaSwitch(area, sync, local);
  if (plan.sync) await writeItems('sync', plan.sync);
  await writeItems('local', plan.local);
}

/** Calls back with the area whenever this device's choice changes (from any page). */
export function watchPreferencesArea(callback: (area: PreferencesArea) => void, signal?: AbortSignal): () => void {
  return onItemsChanged(
    'local',
    (changes) => PREFERENCES_AREA_KEY in changes && callback(parsePreferencesArea(changes[PREFERENCES_AREA_KEY]?.newValue)),
    signal,
  );
}
