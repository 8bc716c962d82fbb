/*
 * Storage for pages and the worker: reads and change events come from storage-read.ts (a page
 * that only reads, like the new tab, imports that alone); writes go through one queue per area.
 */
import { extensionApi as browser } from './browser-api';
import { readItems, type Items } from './storage-read';
import { toStorageError, type StorageAreaName } from './storage-errors';
import { track } from './test-hooks';
import { createWriteQueue } from './write-queue';

export { onItemsChanged, readItems, type ItemChanges, type Items } from './storage-read';
export type { StorageAreaName } from './storage-errors';

export interface WritePlan {
  set?: Items;
  remove?: string[];
}

const queues: Record<StorageAreaName, ReturnType<typeof createWriteQueue>> = {
  sync: createWriteQueue(),
  local: createWriteQueue(),
  session: createWriteQueue(),
};

async function applyPlan(area: StorageAreaName, plan: WritePlan): Promise<void> {
  const set = plan.set ?? {};
  const remove = plan.remove ?? [];
  try {
    if (Object.keys(set).length > 0) await browser.storage[area].set(set);
    if (remove.length > 0) await browser.storage[area].remove(remove);
  } catch (error) {
    throw toStorageError(error, area, [...Object.keys(set), ...remove]);
  }
}

/** Writes through the area's queue; quota problems reject with a StorageQuotaError. */
export function writeItems(area: StorageAreaName, plan: WritePlan): Promise<void> {
  return track(queues[area](() => applyPlan(area, plan)));
}

/**
 * Read-modify-write, queued: `change` sees the current items and returns what to write (or
 * nothing). No other write from this page or worker can slip in between.
 */
export function updateItems(
  area: StorageAreaName,
  keys: readonly string[] | undefined,
  change: (current: Items) => WritePlan | undefined,
): Promise<WritePlan | undefined> {
  return track(
    queues[area](async () => {
      const plan = change(await readItems(area, keys));
      if (plan) await applyPlan(area, plan);
      return plan;
    }),
  );
}
