import { isPlainRecord } from '../core/json-equal';
import type { StoredItems } from '../core/preference-migrations';
import { PREFERENCE_SNAPSHOT_KEY } from '../core/storage-keys';
import { readLocalJson } from './local-json';

/*
 * Reading the pages' snapshot (see page-preferences.ts, which writes it and is where pages import
 * this from). Apart only because appearance.js runs it first in every page, before paint, and
 * must not carry the preference schema and storage code page-preferences.ts brings with it.
 */

/**
 * The copy the pages last saw; undefined when there is none yet (first run, cleared site data)
 * or it can't be read, in which case pages start from the defaults (or wait, where defaults
 * would say something untrue) and catch up.
 */
export function readPreferenceSnapshot(): StoredItems | undefined {
  const stored = readLocalJson(PREFERENCE_SNAPSHOT_KEY);
  return isPlainRecord(stored) ? stored : undefined;
}
