import type { StoredItems } from '../core/preference-migrations';
import { PREFERENCE_SNAPSHOT_KEY } from '../core/storage-keys';
import { followPreferenceItems } from '../platform/preferences-reader';
import { writeLocalJson } from './local-json';
import type { Follow } from './use-followed';

/*
 * How pages read preferences, in one place and without Preact (the new tab paints without it;
 * use-preferences.ts is the hooks' face of this). Two sources:
 * - the pages' snapshot (readPreferenceSnapshot), a synchronous copy in localStorage (the worker
 *   has none), so a page can paint its real content without waiting for storage: the theme
 *   before anything shows (appearance.js), the new tab's sentence, the popup's list and status;
 * - storage itself, followed live (followPreferences), which refreshes the snapshot on every read.
 * The snapshot holds the preference items only (the leaves, the person's own affirmations, the
 * schema version, so it parses exactly as storage would), never the journal, schedule or log.
 */

export { readPreferenceSnapshot } from './preference-snapshot';

/**
 * The stored preference items of the area this device uses, now and on every change here or in
 * another browser; each read also refreshes the snapshot for the next page.
 */
export const followPreferences: Follow<StoredItems> = (callback, signal) =>
  followPreferenceItems((items) => {
    // What the reader hands over is already only preference items (chosenPreferenceItems).
    writeLocalJson(PREFERENCE_SNAPSHOT_KEY, items);
    callback(items);
  }, signal);
