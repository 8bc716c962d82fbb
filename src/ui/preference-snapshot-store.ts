import { isPlainRecord } from '../core/json-equal';
import type { StoredItems } from '../core/preference-migrations';
import { PREFERENCE_SNAPSHOT_KEY } from '../core/storage-keys';
import { readLocalJson } from './local-json';

/*
 * Reading the pages' copy of preference items. Writing it is in preference-snapshot-writer.ts,
 * apart, because it needs the preference schema and this runs first in every page (appearance.js).
 */

/**
 * The copy the pages last saw, synchronously; undefined when there is none yet (first run,
 * cleared site data) or it can't be read, in which case pages start from the defaults (or wait,
 * where defaults would say something untrue) and catch up.
 */
export function readPreferenceSnapshot(): StoredItems | undefined {
  const stored = readLocalJson(PREFERENCE_SNAPSHOT_KEY);
  return isPlainRecord(stored) ? stored : undefined;
}
