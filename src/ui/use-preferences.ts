import { useMemo } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { parsePreferences, type ParsedPreferences } from '../core/preferences';
import { usePreferenceItems } from './use-preference-items';

/**
 * The current preferences, kept live; undefined until the first read finishes, unless the page
 * starts from `initial` (the pages' snapshot, see preference-snapshot-store.ts).
 */
export function usePreferences(initial?: StoredItems): ParsedPreferences | undefined {
  const items = usePreferenceItems(initial);
  return useMemo(() => items && parsePreferences(items), [items]);
}
