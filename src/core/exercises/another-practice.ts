import { callsForGrounding, GROUNDING_EXERCISE_ID } from './suggest';
import { practices, type Exercise } from './types';

/**
 * A short list for "Another practice" at the end of a pause: the first exercise of each practice
 * the person hasn't hidden, other than the one just done, in the popup's order of practices.
 * After naming panicky, overwhelmed or anxious (`named`: the words the run just done picked),
 * grounding comes first and stands for its practice, as the popup's suggestion does.
 */
export function anotherPractice(exercises: readonly Exercise[], hidden: readonly string[], justDone: string | undefined, named: readonly string[] = []): Exercise[] {
  const offered = (exercise: Exercise) => exercise.id !== justDone && !hidden.includes(exercise.id);
  const grounding = callsForGrounding(named) ? exercises.find((exercise) => exercise.id === GROUNDING_EXERCISE_ID && offered(exercise)) : undefined;
  const firsts = practices.flatMap((practice) => {
    if (practice === grounding?.practice) return [];
    const first = exercises.find((exercise) => exercise.practice === practice && offered(exercise));
    return first ? [first] : [];
  });
  return grounding ? [grounding, ...firsts] : firsts;
}
