import { CURRENT_SCHEMA_VERSION, markedWithVersion } from '../core/preference-migrations';
import { planPreferenceWrite, type PreferenceKey, type InvalidPreference } from '../core/preferences';
import { SCHEMA_VERSION_KEY } from '../core/storage-keys';
import { preferencesArea } from './preferences-reader';
import { readItems, writeItems, type WritePlan } from './storage';
import { PreferencesReadOnlyError } from './storage-errors';
import { createRetryingWriter, type KeptChanges, type RetryingWriter } from './retrying-writer';
import { createSyncWriter, type SyncWriterOptions } from './sync-writer';
import { tracked } from './test-hooks';
import { flushBeforeMessages } from './pending-writes';

/*
 * Saving preferences, through the right area and sync's quotas. Reading and following them is
 * in preferences-reader.ts (pages: ui/page-preferences.ts); moving them between areas in
 * preferences-area-move.ts, so a page that only saves doesn't carry the all-or-nothing write.
 */
export type { PreferencesArea } from '../core/preferences-area';
export type { KeptChanges } from './retrying-writer';

let writer: RetryingWriter | undefined;
/** The real quiet time and budget, except in tests (see replacePreferencesWriterForTests). */
let writerOptions: SyncWriterOptions = {};
/** Saves still checking where to go: a flush waits until they have been handed to a writer. */
const preparing = new Set<Promise<unknown>>();
/** The pages following what the sync writer keeps after a refusal (watchKeptPreferences). */
const keptWatchers = new Set<(kept: KeptChanges) => void>();

function syncWriter(): RetryingWriter {
  writer ??= createRetryingWriter(createSyncWriter(writerOptions), (kept) => keptWatchers.forEach((watcher) => watcher(kept)));
  return writer;
}

/**
 * Checks and hands the plan to the right writer, marked as this schema version if the stored
 * marker isn't; `stored` settles once it is in storage. `keep`: a change sync refuses is kept
 * and written again (see RetryingWriter.write).
 */
async function handOver(plan: WritePlan, keep: boolean): Promise<{ stored: Promise<void> }> {
  const area = await preferencesArea();
  const stored = await readItems(area, [SCHEMA_VERSION_KEY]);
  const version = stored[SCHEMA_VERSION_KEY];
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw new PreferencesReadOnlyError();
  const marked = markedWithVersion(plan, version);
  if (area === 'local') return { stored: writeItems('local', marked) };
  return { stored: syncWriter().write(marked, { keep }) };
}

/** Hands a plan over and resolves once it is stored; tracked whole, area check included (test builds). */
const store = tracked(async (plan: WritePlan, keep: boolean): Promise<void> => {
  const handedOver = handOver(plan, keep);
  preparing.add(handedOver);
  try {
    await (await handedOver).stored;
  } finally {
    preparing.delete(handedOver);
  }
});

/**
 * Saves changes the person made. Invalid values are never stored: they come back so the page can
 * mark them. Resolves once stored; rejects with StorageQuotaError or PreferencesReadOnlyError.
 * Sync writes are batched to stay inside its quotas, and a change sync refuses is kept and
 * written again (watchKeptPreferences says how it goes); storage.local has no quota worth that.
 */
export async function savePreferences(changes: Partial<Record<PreferenceKey, unknown>>): Promise<InvalidPreference[]> {
  const plan = planPreferenceWrite(changes);
  if (Object.keys(plan.set).length === 0 && plan.remove.length === 0) return plan.invalid;
  await store({ set: plan.set, remove: plan.remove }, true);
  return plan.invalid;
}

/**
 * Writes items kept beside the preferences (the person's own affirmations), already planned
 * and checked in core: same area, same quotas and the same read-only rule as savePreferences.
 * A refused write is not kept: the page takes it back and keeps what was typed.
 */
export async function savePreferenceItems(plan: WritePlan): Promise<void> {
  if (Object.keys(plan.set ?? {}).length === 0 && (plan.remove ?? []).length === 0) return;
  await store(plan, false);
}

/** Calls back whenever what the sync writer keeps after a refusal changes, until aborted. */
export function watchKeptPreferences(callback: (kept: KeptChanges) => void, signal: AbortSignal): void {
  keptWatchers.add(callback);
  signal.addEventListener('abort', () => keptWatchers.delete(callback), { once: true });
}

/** Stops writing again these refused preferences (a newer value came from elsewhere), or all of them (an erase). */
export function forgetKeptPreferences(keys?: readonly string[]): void {
  writer?.forget(keys);
}

/** Writes pending changes now, for a page that is being hidden or closed, or about to ask the worker something. */
export async function flushPreferences(): Promise<void> {
  await Promise.allSettled(preparing);
  await writer?.flush();
}
flushBeforeMessages(flushPreferences);

/**
 * Test builds only: writes what is waiting, then lets the next save start a fresh writer (a full
 * budget, the test's clock) with these timings. Unit and component tests save at once this way;
 * the test of the page's batching asks for the real timings. See test/setup/sync-writes.ts.
 */
export async function replacePreferencesWriterForTests(options: SyncWriterOptions = {}): Promise<void> {
  if (!__KINDLY_TEST__) return;
  await flushPreferences();
  writer?.close();
  writer = undefined;
  writerOptions = options;
}
