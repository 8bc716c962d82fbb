import type { Affirmation } from '../core/affirmations';
import { affirmationPool, dailyAffirmation, nextAffirmation } from '../core/affirmation-rotation';
import { localDay } from '../core/local-day';
import { parseOwnAffirmations } from '../core/own-affirmations';
import type { StoredItems } from '../core/preference-migrations';
import { parsePreferences } from '../core/preferences';
import { readRotationState, writeRotationState } from './rotation-store';

/**
 * This tab's affirmation, chosen synchronously from preference items (the pages' snapshot) so
 * the first paint already shows it. Every-tab rotation moves this device's cycle on by one.
 */
export function chooseAffirmation(items: StoredItems, now: Date, random: () => number): Affirmation {
  const { newTab } = parsePreferences(items).preferences;
  const pool = affirmationPool(parseOwnAffirmations(items).list, newTab);
  if (newTab.rotation === 'daily') return dailyAffirmation(pool, localDay(now.getTime()));
  const { affirmation, state } = nextAffirmation(pool, readRotationState(), random);
  writeRotationState(state);
  return affirmation;
}
