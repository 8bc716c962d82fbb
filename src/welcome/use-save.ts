import { useCallback, useState } from 'preact/hooks';
import type { PreferenceKey } from '../core/preferences';
import { savePreferences } from '../platform/preferences-store';

/**
 * Saves a choice the moment it is made, as the options page does (batched for sync's quotas).
 * `failed` says whether the last one couldn't be stored, so the page can say so in words.
 */
export function useSave() {
  const [failed, setFailed] = useState(false);
  const save = useCallback((changes: Partial<Record<PreferenceKey, unknown>>) => {
    savePreferences(changes).then(
      (refused) => setFailed(refused.length > 0),
      () => setFailed(true),
    );
  }, []);
  return { save, failed };
}

export type Save = ReturnType<typeof useSave>['save'];
