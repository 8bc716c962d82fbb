import { afterEach, beforeEach } from 'vitest';
import type { SyncWriterOptions } from '../../src/platform/sync-writer';

/*
 * A page saves preferences through one sync writer that lives as long as the page: it waits for
 * a quiet moment (400 ms, at most a second) and keeps a write budget. In unit and component
 * tests it saves at once with a budget that never runs out, so a test waits on nothing but the
 * code under test; and each test starts with a fresh writer, after the last one has written
 * everything into its own test's storage. The batching itself is tested with fake timers
 * (test/platform/sync-writer.test.ts; test/options/autosave.test.tsx uses useRealSyncTimings).
 */
const instant: SyncWriterOptions = { debounceMs: 0, maxWaitMs: 0, rules: { capacity: Number.MAX_SAFE_INTEGER, refillEveryMs: 3_000 } };

// Imported when needed: a test that took fresh modules (vi.resetModules) saves through those.
const preferencesStore = () => import('../../src/platform/preferences-store');
const storage = () => import('../../src/platform/storage');

beforeEach(async () => {
  await (await preferencesStore()).replacePreferencesWriterForTests(instant);
});

afterEach(async () => {
  // Whatever a test left waiting is written now, into its own storage, before the next test
  // resets it: preference saves, then anything else queued for either area.
  await (await preferencesStore()).flushPreferences();
  const { writeItems } = await storage();
  await Promise.all([writeItems('sync', {}), writeItems('local', {})]);
});

/** For the test of a page's batching: its writer keeps the real quiet time and budget. */
export function useRealSyncTimings(): void {
  beforeEach(async () => {
    await (await preferencesStore()).replacePreferencesWriterForTests();
  });
}
