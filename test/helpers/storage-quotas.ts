import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { AreaLimits } from '../../src/core/storage-room';
import { syncItemBytes } from '../../src/core/sync-quota';

type Area = 'sync' | 'local';
type Items = Record<string, unknown>;

/** Bytes the items take, counted as the browsers count them (key plus JSON). */
export const bytesOf = (items: Items) => Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);

/**
 * Makes fake-browser's storage behave like a real browser's at its limits: a set that would pass
 * one is refused whole, with Chromium 156's wording, and getBytesInUse answers. Optionally the
 * nth storage operation (set or remove, either area, counted from 1) fails outright, as a
 * browser or disk might halfway through a larger change.
 */
export function enforceStorageQuotas(limits: Partial<Record<Area, AreaLimits>>, options: { failOperation?: number; statesLocalQuota?: boolean } = {}) {
  let operations = 0;
  const countOperation = () => {
    operations += 1;
    if (operations === options.failOperation) throw new Error('Injected failure: the browser could not write');
  };
  for (const area of ['sync', 'local'] as const) {
    const storage = fakeBrowser.storage[area];
    const rules = limits[area] ?? {};
    // Called again (each run of a property), the earlier spies give way first.
    for (const method of [storage.set, storage.remove]) if (vi.isMockFunction(method)) method.mockRestore();
    const set = storage.set.bind(storage);
    const remove = storage.remove.bind(storage);
    const guardedSet = async (items: Items) => {
      countOperation();
      const after = { ...(await storage.get(null)), ...items };
      const tooLarge = Object.entries(items).some(([key, value]) => rules.bytesPerItem !== undefined && syncItemBytes(key, value) > rules.bytesPerItem);
      if (tooLarge) throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
      if (rules.maxItems !== undefined && Object.keys(after).length > rules.maxItems) throw new Error('Resource::kMaxItems quota exceeded');
      if (rules.totalBytes !== undefined && bytesOf(after) > rules.totalBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    };
    const countedRemove = async (keys: string | string[]) => {
      countOperation();
      return remove(keys);
    };
    // fake-browser types set and remove as returning void; they return promises, as these do.
    vi.spyOn(storage, 'set').mockImplementation((items) => guardedSet(items) as never);
    vi.spyOn(storage, 'remove').mockImplementation((keys) => countedRemove(keys) as never);
    Object.assign(storage, { getBytesInUse: async () => bytesOf(await storage.get(null)) });
  }
  // Chrome states storage.local's quota; Firefox doesn't.
  const local = fakeBrowser.storage.local as { QUOTA_BYTES?: number };
  if (options.statesLocalQuota !== false && limits.local?.totalBytes !== undefined) local.QUOTA_BYTES = limits.local.totalBytes;
  else delete local.QUOTA_BYTES;
  return { operations: () => operations };
}

/** Undoes enforceStorageQuotas (restoreMocks would too, after the test). */
export function forgetStorageQuotas() {
  for (const area of ['sync', 'local'] as const) {
    const storage = fakeBrowser.storage[area];
    for (const method of [storage.set, storage.remove]) if (vi.isMockFunction(method)) method.mockRestore();
    delete (storage as { getBytesInUse?: unknown }).getBytesInUse;
  }
  delete (fakeBrowser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
}

/** From now on storage.sync refuses, whole, any write that would leave it more than `room` bytes fuller than now. */
export async function leaveSyncRoom(room: number) {
  enforceStorageQuotas({ sync: { totalBytes: bytesOf(await fakeBrowser.storage.sync.get(null)) + room } });
}
