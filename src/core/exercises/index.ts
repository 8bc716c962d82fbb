import { afterAMistake } from './after-a-mistake';
import { allowIt } from './allow-it';
import { bodyScan } from './body-scan';
import { boxBreathing } from './box-breathing';
import { coherentBreathing } from './coherent-breathing';
import { cyclicSigh } from './cyclic-sigh';
import { fourSevenEight } from './four-seven-eight';
import { friendCheck } from './friend-check';
import { groundYourself } from './ground-yourself';
import { innerCritic } from './inner-critic';
import { nameIt } from './name-it';
import { selfCompassionBreak } from './self-compassion-break';
import { soothingTouch } from './soothing-touch';
import { threeMinuteBreathingSpace } from './three-minute-breathing-space';
import type { Exercise } from './types';
import { valuesCompass } from './values-compass';

export type { Exercise, ExerciseStep, Practice } from './types';
export { practices } from './types';

/** Every exercise, once. A convention test checks each file here is registered. */
export const exercises: readonly Exercise[] = [
  coherentBreathing,
  cyclicSigh,
  boxBreathing,
  fourSevenEight,
  threeMinuteBreathingSpace,
  bodyScan,
  groundYourself,
  nameIt,
  allowIt,
  selfCompassionBreak,
  friendCheck,
  innerCritic,
  afterAMistake,
  soothingTouch,
  valuesCompass,
];

export function exerciseById(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
