import { sessionLengthMs } from '../breathing';
import type { ListedExercise } from './listed';
import type { Exercise, ExerciseStep } from './types';

/** The range of the breathing-minutes preference; a breathing step without its own range uses it. */
const preferenceMinutes = { min: 1, max: 5 } as const;

/**
 * Steps the person moves through at their own pace (reading one included) have no timer. A fair
 * guess of the time they take keeps the length shown in the popup honest (Name it is not "10 seconds").
 */
export const personPacedSeconds = { guide: 15, 'name-emotion': 20, values: 30, reflect: 30 } as const;

function clamp(value: number, range: { min: number; max: number }): number {
  return Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, value)) : range.min;
}

export function stepSeconds(step: ExerciseStep, breathingMinutes = 1): number {
  switch (step.kind) {
    case 'dwell':
    case 'touch':
      return step.seconds;
    case 'breathing': {
      const minutes = clamp(breathingMinutes, step.minutes ?? preferenceMinutes);
      // The session rounds to whole breaths and stops where the pattern says (4-7-8: four rounds).
      return sessionLengthMs(step.pattern, { durationMs: minutes * 60_000 }) / 1000;
    }
    default:
      return personPacedSeconds[step.kind];
  }
}

/** About how long an exercise takes, in whole seconds, when breathing runs `breathingMinutes`. */
export function exerciseSeconds(exercise: Exercise, breathingMinutes = 1): number {
  return Math.round(exercise.steps.reduce((sum, step) => sum + stepSeconds(step, breathingMinutes), 0));
}

const everyPreferenceMinutes = Array.from({ length: preferenceMinutes.max - preferenceMinutes.min + 1 }, (_, index) => preferenceMinutes.min + index);

/** The exercise as the popup lists it (listed.ts), its length at each minute the preference allows. */
export function listingOf(exercise: Exercise): ListedExercise {
  const { id, practice, title } = exercise;
  return { id, practice, title, seconds: everyPreferenceMinutes.map((minutes) => exerciseSeconds(exercise, minutes)) };
}
