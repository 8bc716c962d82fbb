import { practices, type Exercise } from './types';

/**
 * A short list for "Another practice" at the end of a pause: the first exercise of each practice
 * the person hasn't hidden, other than the one just done, in the popup's order of practices.
 */
export function anotherPractice(exercises: readonly Exercise[], hidden: readonly string[], justDone: string | undefined): Exercise[] {
  return practices.flatMap((practice) => {
    const first = exercises.find((exercise) => exercise.practice === practice && exercise.id !== justDone && !hidden.includes(exercise.id));
    return first ? [first] : [];
  });
}
