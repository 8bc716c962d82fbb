import { affirmationPool, anotherAffirmation, dailyAffirmation, nextAffirmation, takeNext, type OwnAffirmationText } from '../core/affirmation-rotation';
import type { Affirmation } from '../core/affirmations';
import type { Preferences } from '../core/preferences';
import { localDay } from '../core/time';
import { readRotationState, writeRotationState } from '../ui/rotation-store';

/**
 * This tab's affirmation, chosen synchronously (from the pages' snapshot) so the first paint
 * already shows it. Words asked for on the next tab come first, once; every-tab rotation moves
 * this device's cycle on by one.
 */
export function chooseAffirmation(newTab: Preferences['newTab'], own: readonly OwnAffirmationText[], now: Date, random: () => number): Affirmation {
  const stored = readRotationState();
  const asked = takeNext(stored, newTab.rotation);
  if (asked) {
    writeRotationState(asked.state);
    return asked.affirmation;
  }
  const pool = affirmationPool(own, newTab);
  if (newTab.rotation === 'daily') return dailyAffirmation(pool, localDay(now.getTime()));
  const { affirmation, state } = nextAffirmation(pool, stored, random);
  writeRotationState(state);
  return affirmation;
}

/** "Another thought": the rotation's next after `current`, which this device's cycle counts as shown. */
export function chooseAnotherAffirmation(newTab: Preferences['newTab'], own: readonly OwnAffirmationText[], current: Affirmation, random: () => number): Affirmation {
  const { affirmation, state } = anotherAffirmation(affirmationPool(own, newTab), readRotationState(), current, random);
  writeRotationState(state);
  return affirmation;
}
