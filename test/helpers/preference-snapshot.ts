import type { StoredItems } from '../../src/core/preference-migrations';
import { PREFERENCE_SNAPSHOT_KEY } from '../../src/core/storage-keys';

/** The pages' snapshot as an earlier page would have left it (see src/ui/page-preferences.ts). */
export function seedPreferenceSnapshot(items: StoredItems): void {
  localStorage.setItem(PREFERENCE_SNAPSHOT_KEY, JSON.stringify(items));
}
