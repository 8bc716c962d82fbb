import { parsePreferences, planPreferenceWrite, type ParsedPreferences, type PreferenceKey, type InvalidPreference } from '../core/preferences';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSION_KEY } from '../core/preference-migrations';
import { PreferencesReadOnlyError } from './storage-errors';
import { onItemsChanged, readItems } from './storage';
import { createSyncWriter, type SyncWriter } from './sync-writer';

export async function loadPreferences(): Promise<ParsedPreferences> {
  return parsePreferences(await readItems('sync'));
}

/** Calls back with freshly parsed preferences whenever they change, here or in another browser. */
export function watchPreferences(callback: (parsed: ParsedPreferences) => void, signal?: AbortSignal): () => void {
  return onItemsChanged(
    'sync',
    () => {
      void loadPreferences().then((parsed) => {
        if (!signal?.aborted) callback(parsed);
      });
    },
    signal,
  );
}

let writer: SyncWriter | undefined;

/**
 * Saves changes the person made. Invalid values are never stored: they come back so the page can
 * mark them. Resolves once stored; rejects with StorageQuotaError or PreferencesReadOnlyError.
 */
export async function savePreferences(changes: Partial<Record<PreferenceKey, unknown>>): Promise<InvalidPreference[]> {
  const plan = planPreferenceWrite(changes);
  if (Object.keys(plan.set).length === 0 && plan.remove.length === 0) return plan.invalid;
  const stored = await readItems('sync', [SCHEMA_VERSION_KEY]);
  const version = stored[SCHEMA_VERSION_KEY];
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw new PreferencesReadOnlyError();
  writer ??= createSyncWriter();
  await writer.write({ set: plan.set, remove: plan.remove });
  return plan.invalid;
}

/** Writes pending changes now, for a page that is being hidden or closed. */
export function flushPreferences(): Promise<void> {
  return writer?.flush() ?? Promise.resolve();
}
