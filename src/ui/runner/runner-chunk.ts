/*
 * The exercise runner as pages fetch it when an exercise starts (load-runner.ts): one chunk
 * that the popup, the options page and the new tab's pause share, so none of them carries it
 * before its first paint, and the exercises' steps with it (a list needs only the catalogue,
 * core/exercises/catalogue.ts). The pause window, which is there to run one, imports it directly.
 */
export { exerciseById } from '../../core/exercises';
export { ExerciseRunner } from './exercise-runner';
export { OneMinutePause } from './one-minute-pause';
