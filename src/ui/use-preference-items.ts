import type { StoredItems } from '../core/preference-migrations';
import { followPreferences } from './follow-stored';
import { followEarly, useFollowed, type EarlyFollow } from './use-followed';

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
