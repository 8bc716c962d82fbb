import { affirmationPool, dailyAffirmation, nextAffirmation, type OwnAffirmationText } from '../core/affirmation-rotation';
import type { Affirmation } from '../core/affirmations';
import type { Preferences } from '../core/preferences';
import { localDay } from '../core/time';
import { readRotationState, writeRotationState } from './rotation-store';

/**
 * This tab's affirmation, chosen synchronously (from the pages' snapshot) so the first paint
 * already shows it. Every-tab rotation moves this device's cycle on by one.
 */
export function chooseAffirmation(newTab: Preferences['newTab'], own: readonly OwnAffirmationText[], now: Date, random: () => number): Affirmation {
  const pool = affirmationPool(own, newTab);
  if (newTab.rotation === 'daily') return dailyAffirmation(pool, localDay(now.getTime()));
  const { affirmation, state } = nextAffirmation(pool, readRotationState(), random);
  writeRotationState(state);
  return affirmation;
}
