import type { Practice } from './types';

/*
 * An exercise as a list shows it (the popup): what it is called, its practice and how long it
 * takes, without its steps, which come with the runner's chunk when it starts. The list itself
 * (catalogue.ts) is written from the exercises (listingOf in length.ts) by
 * test/core/exercises/catalogue.test.ts, so the exercises stay the one place an exercise is described.
 */
export interface ListedExercise {
  id: string;
  practice: Practice;
  /** Message key. */
  title: string;
  /** About how long it takes, in whole seconds, with breathing at 1, 2, … minutes (the preference's range). */
  seconds: readonly number[];
}

/** How long a listed exercise takes with breathing at `breathingMinutes`, kept to the preference's range as exerciseSeconds keeps it. */
export function listedSeconds(listed: ListedExercise, breathingMinutes: number): number {
  const minutes = Number.isFinite(breathingMinutes) ? Math.round(breathingMinutes) : 1;
  return listed.seconds[Math.min(listed.seconds.length, Math.max(1, minutes)) - 1] ?? 0;
}
