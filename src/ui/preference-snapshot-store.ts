import type { StoredItems } from '../core/preference-migrations';
import { snapshotItems } from '../core/preference-snapshot';

/** The localStorage key of the pages' copy of preference items (see core/preference-snapshot.ts). */
export const PREFERENCE_SNAPSHOT_KEY = 'kindly.preferenceSnapshot';

/**
 * The copy the pages last saw, synchronously; undefined when there is none yet (first run,
 * cleared site data) or it can't be read, in which case pages start from the defaults (or wait,
 * where defaults would say something untrue) and catch up.
 */
export function readPreferenceSnapshot(): StoredItems | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY) ?? 'null');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as StoredItems) : undefined;
  } catch {
    return undefined;
  }
}

/** Refreshes the copy from freshly read preference items. Best effort: it is only a cache. */
export function writePreferenceSnapshot(items: StoredItems): void {
  try {
    const text = JSON.stringify(snapshotItems(items));
    if (localStorage.getItem(PREFERENCE_SNAPSHOT_KEY) !== text) localStorage.setItem(PREFERENCE_SNAPSHOT_KEY, text);
  } catch {
    // Storage disabled or full: pages still work, they just paint with defaults first.
  }
}
