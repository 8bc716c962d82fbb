import { SCHEMA_VERSION_KEY, type StoredItems } from './preference-migrations';

/*
 * Pages keep a small synchronous copy of some preference items (in localStorage, which the
 * worker doesn't have) so the new tab can paint its real content, and every page its theme,
 * without waiting for an asynchronous storage read. Only what first paint depends on is copied:
 * the appearance, the new tab's settings, the person's own affirmations, and the schema version
 * (so the copy parses exactly like storage would).
 */
const snapshotPrefixes = ['appearance.', 'newTab.', 'affirmation.'];

export function snapshotItems(items: StoredItems): StoredItems {
  return Object.fromEntries(
    Object.entries(items).filter(([key]) => key === SCHEMA_VERSION_KEY || snapshotPrefixes.some((prefix) => key.startsWith(prefix))),
  );
}
