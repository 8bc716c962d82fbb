import browser from 'webextension-polyfill';
import { createWriteQueue } from './write-queue';
import { toStorageError, type StorageAreaName } from './storage-errors';

export type { StorageAreaName } from './storage-errors';
export type Items = Record<string, unknown>;
export type ItemChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface WritePlan {
  set?: Items;
  remove?: string[];
}

const queues: Record<StorageAreaName, ReturnType<typeof createWriteQueue>> = {
  sync: createWriteQueue(),
  local: createWriteQueue(),
};

function withoutMissing(items: Items): Items {
  return Object.fromEntries(Object.entries(items).filter(([, value]) => value !== undefined));
}

/** Reads the given keys, or every item when no keys are given. Missing keys are left out. */
export async function readItems(area: StorageAreaName, keys?: readonly string[]): Promise<Items> {
  const items = await browser.storage[area].get(keys ? [...keys] : null);
  return withoutMissing(items);
}

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
  return queues[area](() => applyPlan(area, plan));
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
  return queues[area](async () => {
    const plan = change(await readItems(area, keys));
    if (plan) await applyPlan(area, plan);
    return plan;
  });
}

/** Calls back with each change to the area, until the returned function runs or the signal aborts. */
export function onItemsChanged(area: StorageAreaName, callback: (changes: ItemChanges) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    if (areaName === area) callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  const unsubscribe = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', unsubscribe, { once: true });
  return unsubscribe;
}
