// Written from the exercises (index.ts) by test/core/exercises/catalogue.test.ts; after changing
// an exercise, `npx vitest run --project unit test/core/exercises/catalogue.test.ts -u` rewrites it.
import type { ListedExercise } from './listed';

/** Every exercise as the popup lists it, in the registry’s order, without its steps (listed.ts). */
export const catalogue: readonly ListedExercise[] = [
  { id: 'coherent-breathing', practice: 'mindfulness', title: 'exCoherentTitle', seconds: [70, 136, 191, 257, 312] },
  { id: 'cyclic-sigh', practice: 'mindfulness', title: 'exCyclicSighTitle', seconds: [72, 139, 196, 196, 196] },
  { id: 'box-breathing', practice: 'mindfulness', title: 'exBoxTitle', seconds: [79, 143, 191, 191, 191] },
  { id: 'four-seven-eight', practice: 'mindfulness', title: 'exFourSevenEightTitle', seconds: [72, 91, 91, 91, 91] },
  { id: 'three-minute-breathing-space', practice: 'mindfulness', title: 'exBreathingSpaceTitle', seconds: [183, 183, 183, 183, 183] },
  { id: 'body-scan', practice: 'mindfulness', title: 'exBodyScanTitle', seconds: [170, 170, 170, 170, 170] },
  { id: 'ground-yourself', practice: 'mindfulness', title: 'exGroundTitle', seconds: [90, 90, 90, 90, 90] },
  { id: 'name-it', practice: 'naming', title: 'exNameItTitle', seconds: [65, 65, 65, 65, 65] },
  { id: 'allow-it', practice: 'acceptance', title: 'exAllowItTitle', seconds: [120, 120, 120, 120, 120] },
  { id: 'self-compassion-break', practice: 'friend', title: 'exSelfCompassionTitle', seconds: [135, 135, 135, 135, 135] },
  { id: 'friend-check', practice: 'friend', title: 'exFriendCheckTitle', seconds: [90, 90, 90, 90, 90] },
  { id: 'inner-critic', practice: 'friend', title: 'exInnerCriticTitle', seconds: [90, 90, 90, 90, 90] },
  { id: 'after-a-mistake', practice: 'friend', title: 'exAfterMistakeTitle', seconds: [90, 90, 90, 90, 90] },
  { id: 'soothing-touch', practice: 'friend', title: 'exSoothingTouchTitle', seconds: [60, 60, 60, 60, 60] },
  { id: 'values-compass', practice: 'values', title: 'exValuesCompassTitle', seconds: [90, 90, 90, 90, 90] },
];
