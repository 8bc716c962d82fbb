import type { StoredItems } from '../core/preference-migrations';
import { followPreferences } from './page-preferences';
import { followEarly, useFollowed, type EarlyFollow } from './use-followed';

/*
 * The hooks' face of page-preferences.ts for the stored items, without the schema: apart from
 * use-preferences.ts (which parses them) so the popup's first paint carries no valibot.
 */

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
