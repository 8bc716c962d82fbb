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

/** One queue per area, each holding the area's Web Lock (write-queue.ts) while a task runs. */
const queues: Record<StorageAreaName, ReturnType<typeof createWriteQueue>> = {
  sync: createWriteQueue('kindly-storage-sync'),
  local: createWriteQueue('kindly-storage-local'),
  session: createWriteQueue('kindly-storage-session'),
};
/** The order areas are taken in when a task needs several: always the same, so two never wait on each other. */
const lockOrder: readonly StorageAreaName[] = ['local', 'sync', 'session'];

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

/** Reads and writes inside withAreas: straight to the browser, the areas' queues already held. */
export interface AreaAccess {
  read(area: StorageAreaName, keys?: readonly string[]): Promise<Items>;
  write(area: StorageAreaName, plan: WritePlan): Promise<void>;
  /** Bytes the area holds now, or undefined where the browser can't say. */
  bytesInUse(area: StorageAreaName): Promise<number | undefined>;
}

/** storage.local's quota: Chrome's 10 MB without the unlimitedStorage permission; Firefox states none. */
export function localQuotaBytes(): number | undefined {
  const quota = (browser.storage.local as { QUOTA_BYTES?: unknown }).QUOTA_BYTES;
  return typeof quota === 'number' ? quota : undefined;
}

/** Bytes an area holds now, or undefined where the browser can't say (Firefox's storage.local). */
export async function bytesInUse(area: StorageAreaName): Promise<number | undefined> {
  const storage = browser.storage[area] as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof storage.getBytesInUse !== 'function') return undefined;
  try {
    return await storage.getBytesInUse(null);
  } catch {
    return undefined;
  }
}

/**
 * Runs a task holding several areas at once (an import writes both): no other write from any
 * page or the worker reaches those areas until it is done. Inside, use `access`, not
 * writeItems or updateItems, which would wait for the task itself.
 */
export function withAreas<T>(areas: readonly StorageAreaName[], task: (access: AreaAccess) => Promise<T>): Promise<T> {
  const held = lockOrder.filter((area) => areas.includes(area));
  const checked =
    <A extends unknown[], R>(call: (area: StorageAreaName, ...rest: A) => Promise<R>) =>
    (area: StorageAreaName, ...rest: A): Promise<R> =>
      held.includes(area) ? call(area, ...rest) : Promise.reject(new Error(`storage.${area} is not held by this task`));
  const access: AreaAccess = { read: checked(readItems), write: checked(applyPlan), bytesInUse: checked(bytesInUse) };
  const run = held.reduceRight<() => Promise<T>>((inner, area) => () => queues[area](inner), () => task(access));
  return track(run());
}
