import type { StoredItems } from './preference-migrations';
import type { ItemWrite } from './preferences-area';
import { SYNC_QUOTA, syncItemBytes } from './sync-quota';

/*
 * Whether a write fits an area, asked before anything is written: a browser that refuses part of
 * a larger change (an import, a move between areas) would otherwise leave half of it behind.
 * Sizes are counted as the browsers count them, the key plus the JSON of its value.
 */

/** An area's limits; a limit left out is one the browser doesn't have or doesn't say. */
export interface AreaLimits {
  totalBytes?: number;
  bytesPerItem?: number;
  maxItems?: number;
}

export const syncLimits: AreaLimits = { totalBytes: SYNC_QUOTA.totalBytes, bytesPerItem: SYNC_QUOTA.bytesPerItem, maxItems: SYNC_QUOTA.maxItems };

export type RoomProblem =
  | { kind: 'area-full'; neededBytes: number; freeBytes: number }
  | { kind: 'too-many-items' }
  | { kind: 'item-too-large'; keys: string[] };

const bytesOf = (items: StoredItems) => Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);

/**
 * What stops `write` from fitting an area that holds `current`, if anything. `usedBytes` is the
 * browser's own count where it gives one (it may count a little differently), else it is
 * counted from `current`.
 */
export function roomProblem(current: StoredItems, write: ItemWrite, limits: AreaLimits, usedBytes = bytesOf(current)): RoomProblem | undefined {
  // Taking away always fits, however full the area already is.
  if (Object.keys(write.set).length === 0) return undefined;
  const tooLarge = Object.entries(write.set)
    .filter(([key, value]) => limits.bytesPerItem !== undefined && syncItemBytes(key, value) > limits.bytesPerItem)
    .map(([key]) => key);
  if (tooLarge.length > 0) return { kind: 'item-too-large', keys: tooLarge };

  const removed = new Set(write.remove.filter((key) => !(key in write.set)));
  let bytes = usedBytes;
  let items = Object.keys(current).length;
  for (const [key, value] of Object.entries(write.set)) {
    if (key in current) bytes -= syncItemBytes(key, current[key]);
    else items += 1;
    bytes += syncItemBytes(key, value);
  }
  for (const key of removed) {
    if (!(key in current)) continue;
    bytes -= syncItemBytes(key, current[key]);
    items -= 1;
  }
  if (limits.maxItems !== undefined && items > limits.maxItems) return { kind: 'too-many-items' };
  if (limits.totalBytes !== undefined && bytes > limits.totalBytes) {
    return { kind: 'area-full', neededBytes: bytes - usedBytes, freeBytes: Math.max(0, limits.totalBytes - usedBytes) };
  }
  return undefined;
}
