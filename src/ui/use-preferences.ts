import { useMemo } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { parsePreferences, type ParsedPreferences } from '../core/preferences';
import { usePreferenceItems } from './use-preference-items';

/* The hooks' face of page-preferences.ts: the same follow, kept in a component's state, parsed. */

export { followPreferencesEarly, usePreferenceItems } from './use-preference-items';

/** The current preferences, parsed, kept live; as usePreferenceItems. */
export function usePreferences(initial?: StoredItems): ParsedPreferences | undefined {
  const items = usePreferenceItems(initial);
  return useMemo(() => items && parsePreferences(items), [items]);
}
