import { useMemo } from 'preact/hooks';
import type { StoredItems } from '../core/preference-migrations';
import { parsePreferences, type ParsedPreferences } from '../core/preferences';
import { followPreferences } from './page-preferences';
import { followEarly, useFollowed, type EarlyFollow } from './use-followed';

/* The hooks' face of page-preferences.ts: the same follow, kept in a component's state. */

let early: EarlyFollow<StoredItems> | undefined;

/** Starts reading and following preferences as the page's script starts (the popup's status needs them). */
export function followPreferencesEarly(): EarlyFollow<StoredItems> {
  return (early ??= followEarly(followPreferences));
}

/**
 * The stored preference items, kept live; `initial` (the pages' snapshot, for a page that paints
 * from it) or undefined until the first read.
 */
export function usePreferenceItems(initial?: StoredItems): StoredItems | undefined {
  return useFollowed(followPreferences, early, initial);
}

/** The current preferences, parsed, kept live; as usePreferenceItems. */
export function usePreferences(initial?: StoredItems): ParsedPreferences | undefined {
  const items = usePreferenceItems(initial);
  return useMemo(() => items && parsePreferences(items), [items]);
}
