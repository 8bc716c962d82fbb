import type { StoredItems } from '../core/preference-migrations';
import { snapshotItems } from '../core/preference-snapshot';
import { PREFERENCE_SNAPSHOT_KEY } from '../core/storage-keys';
import { writeLocalJson } from './local-json';

/** Refreshes the pages' copy from freshly read preference items (see preference-snapshot-store.ts). */
export function writePreferenceSnapshot(items: StoredItems): void {
  writeLocalJson(PREFERENCE_SNAPSHOT_KEY, snapshotItems(items));
}
