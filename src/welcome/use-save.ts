import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PreferenceKey } from '../core/preferences';
import { savePreferences, watchKeptPreferences } from '../platform/preferences-store';

/**
 * How the last choices went: all stored, refused and kept to be written again ('retrying'),
 * stored after that ('saved'), or refused for good ('failed').
 */
export type SaveState = 'stored' | 'retrying' | 'saved' | 'failed';

/**
 * Saves a choice the moment it is made, as the options page does (batched for sync's quotas;
 * a change sync refuses is kept and written again by the writer). `state` lets the page say
 * in words what isn't stored yet, and when it is.
 */
export function useSave() {
  const [state, setState] = useState<SaveState>('stored');

  useEffect(() => {
    const controller = new AbortController();
    watchKeptPreferences(({ keys }) => setState((current) => (keys.length > 0 ? 'retrying' : current === 'retrying' ? 'saved' : current)), controller.signal);
    return () => controller.abort();
  }, []);

  const save = useCallback((changes: Partial<Record<PreferenceKey, unknown>>) => {
    // "Saved" is about what was refused before; a new choice starts afresh.
    setState((current) => (current === 'saved' ? 'stored' : current));
    savePreferences(changes).then(
      (refused) => setState((current) => (refused.length > 0 ? 'failed' : current === 'failed' ? 'stored' : current)),
      // A refusal the writer keeps has said 'retrying' already.
      () => setState((current) => (current === 'retrying' ? current : 'failed')),
    );
  }, []);
  return { save, state };
}

export type Save = ReturnType<typeof useSave>['save'];
