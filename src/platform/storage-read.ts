import type Browser from 'webextension-polyfill';
import { extensionApi as browser } from './browser-api';
import type { StorageAreaName } from './storage-errors';

/*
 * Reading storage and following its changes: all a page needs that never writes. Kept apart
 * from the write queue (storage.ts) so such a page doesn't carry it.
 */
export type Items = Record<string, unknown>;
export type ItemChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

function withoutMissing(items: Items): Items {
  return Object.fromEntries(Object.entries(items).filter(([, value]) => value !== undefined));
}

/** Reads the given keys, or every item when no keys are given. Missing keys are left out. */
export async function readItems(area: StorageAreaName, keys?: readonly string[]): Promise<Items> {
  const items = await browser.storage[area].get(keys ? [...keys] : null);
  return withoutMissing(items);
}

/** Calls back with each change to the area, until the returned function runs or the signal aborts. */
export function onItemsChanged(area: StorageAreaName, callback: (changes: ItemChanges) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, Browser.Storage.StorageChange>, areaName: string) => {
    if (areaName === area) callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  const unsubscribe = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', unsubscribe, { once: true });
  return unsubscribe;
}
