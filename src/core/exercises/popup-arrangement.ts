import { practices, type Practice } from './types';

/** What arranging needs of an exercise: a full one, or the popup's listing of it (listed.ts). */
type Arranged = { id: string; practice: Practice };

export interface PopupArrangement<Exercise extends Arranged = Arranged> {
  suggestion?: Exercise;
  /** The person's favourites, in the order Options lists them, the suggestion left out. */
  favourites: Exercise[];
  /** The rest, by practice, in the practices' order; a practice with nothing left is left out. */
  byPractice: { practice: Practice; exercises: Exercise[] }[];
}

/**
 * Where each exercise the person hasn't hidden goes in the popup. Every one is listed exactly
 * once: the suggestion first (not again among the favourites or its practice), then the
 * favourites, then the rest under their practices.
 */
export function arrangeForPopup<Exercise extends Arranged>(visible: readonly Exercise[], favouriteIds: readonly string[], suggestion: Exercise | undefined): PopupArrangement<Exercise> {
  const shown = suggestion && visible.includes(suggestion) ? suggestion : undefined;
  const favourites = visible.filter((exercise) => favouriteIds.includes(exercise.id) && exercise !== shown);
  const placed = new Set<Exercise>([...favourites, ...(shown ? [shown] : [])]);
  const byPractice = practices
    .map((practice) => ({ practice, exercises: visible.filter((exercise) => exercise.practice === practice && !placed.has(exercise)) }))
    .filter((group) => group.exercises.length > 0);
  return { ...(shown && { suggestion: shown }), favourites, byPractice };
}
