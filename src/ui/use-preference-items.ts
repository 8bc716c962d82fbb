import type { StoredItems } from '../core/preference-migrations';
import { followPreferenceItems } from '../platform/preferences-reader';
import { writePreferenceSnapshot } from './preference-snapshot-store';
import { followEarly, useFollowed, type EarlyFollow, type Follow } from './use-followed';

/** Every read also refreshes the pages' synchronous snapshot, so the next page paints with it. */
const follow: Follow<StoredItems> = (callback, signal) =>
  followPreferenceItems((items) => {
    writePreferenceSnapshot(items);
    callback(items);
  }, signal);

let early: EarlyFollow<StoredItems> | undefined;

/** Starts reading and following preferences as the page's script starts (the popup's status needs them). */
export function followPreferencesEarly(): void {
  early ??= followEarly(follow);
}

/**
 * The stored preference items, kept live; `initial` (the pages' snapshot, for a page that paints
 * from it) or undefined until the first read.
 */
export function usePreferenceItems(initial?: StoredItems): StoredItems | undefined {
  return useFollowed(follow, early, initial);
}
