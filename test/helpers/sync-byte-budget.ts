import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { syncItemBytes } from '../../src/core/sync-quota';

/** What Chromium says when a write would take storage.sync past its total bytes. */
export const CHROMIUM_QUOTA_BYTES = 'Resource::kQuotaBytes quota exceeded';

/** Bytes the items take in storage.sync, counted as the browsers count them. */
export function syncBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((total, [key, value]) => total + syncItemBytes(key, value), 0);
}

/**
 * From now on the fake storage.sync refuses, whole, any write that would leave it holding more
 * than `room` bytes beyond what it holds now, with Chromium's words, as Chromium does (one set
 * is all or nothing). Undone after the test, with the other spies.
 */
export async function leaveSyncRoom(room: number) {
  const area = fakeBrowser.storage.sync;
  const set = area.set.bind(area);
  const limit = syncBytes(await area.get(null)) + room;
  const limited = async (items: Record<string, unknown>): Promise<void> => {
    if (syncBytes({ ...(await area.get(null)), ...items }) > limit) throw new Error(CHROMIUM_QUOTA_BYTES);
    await set(items);
  };
  // The promise form of set; its type lists the callback form (returning void) as well.
  return vi.spyOn(area, 'set').mockImplementation(limited as never);
}
