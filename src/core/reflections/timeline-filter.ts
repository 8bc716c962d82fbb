import { quadrantOfWord, type Quadrant } from '../emotions';
import { catalogue } from '../exercises/catalogue';
import type { Practice } from '../exercises/types';
import type { HistoryEntry } from './history';

/* The timeline's two filters, over the list already read: no storage read, nothing written. */
export interface TimelineFilter {
  practice?: Practice;
  quadrant?: Quadrant;
}

const practiceOf = new Map<string, Practice>(catalogue.map((exercise) => [exercise.id, exercise.practice]));

/** The practice an exercise id belongs to; undefined for one this version doesn't know. */
export function practiceOfExercise(exercise: string): Practice | undefined {
  return practiceOf.get(exercise);
}

/** The entries of that practice with a feeling of that quadrant named, in the order given. */
export function filterTimeline(entries: readonly HistoryEntry[], filter: TimelineFilter): readonly HistoryEntry[] {
  const { practice, quadrant } = filter;
  if (!practice && !quadrant) return entries;
  return entries.filter(
    ({ entry }) =>
      (!practice || practiceOf.get(entry.exercise) === practice) && (!quadrant || (entry.emotions ?? []).some((id) => quadrantOfWord(id) === quadrant)),
  );
}
