import { exerciseById, type Exercise } from '../core/exercises';
import { parsePauseRequest } from '../core/pause-request';

export interface RequestedExercise {
  exercise: Exercise;
  step: number;
}

/**
 * The exercise asked for in the address (`pause.html?exercise=name-it&step=2`, as "Pop out" opens
 * it). An unknown or missing id asks for nothing: the window keeps its one-minute breathing pause.
 */
export function requestedExercise(search: string): RequestedExercise | undefined {
  const { exercise: id, step = 0 } = parsePauseRequest(search);
  const exercise = exerciseById(id ?? '');
  if (!exercise) return undefined;
  return { exercise, step: Math.min(step, exercise.steps.length - 1) };
}
