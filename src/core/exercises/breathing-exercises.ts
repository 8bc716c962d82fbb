import type { BreathingPatternId } from '../breathing';
import { boxBreathing } from './box-breathing';
import { coherentBreathing } from './coherent-breathing';
import { cyclicSigh } from './cyclic-sigh';
import { fourSevenEight } from './four-seven-eight';
import type { Exercise } from './types';

/**
 * The exercise that is simply each breathing pattern: a quick pause (the new tab's one minute)
 * breathes in the pattern the person chose as their default in options.
 */
export const breathingExerciseFor: Readonly<Record<BreathingPatternId, Exercise>> = {
  coherent: coherentBreathing,
  'cyclic-sigh': cyclicSigh,
  box: boxBreathing,
  '4-7-8': fourSevenEight,
};
