import type { StoredItems } from './preference-migrations';
import { preferenceItems } from './preferences-area';

/*
 * Pages keep a synchronous copy of the preference items (in localStorage, which the worker
 * doesn't have) so they can paint their real content without waiting for an asynchronous storage
 * read: the theme before anything shows, the new tab's sentence, the popup's list and status.
 * Only preference items (the leaves, the person's own affirmations, the schema version, so the
 * copy parses exactly as storage would); nothing of the journal, the schedule or the pause log.
 */
export function snapshotItems(items: StoredItems): StoredItems {
  return preferenceItems(items);
}
