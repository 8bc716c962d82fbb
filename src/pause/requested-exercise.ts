import { exerciseById, type Exercise } from '../core/exercises';

export interface RequestedExercise {
  exercise: Exercise;
  step: number;
}

/**
 * The exercise asked for in the address (`pause.html?exercise=name-it&step=2`, as "Pop out" opens
 * it). An unknown or missing id asks for nothing: the window keeps its one-minute breathing pause.
 */
export function requestedExercise(search: string): RequestedExercise | undefined {
  const params = new URLSearchParams(search);
  const exercise = exerciseById(params.get('exercise') ?? '');
  if (!exercise) return undefined;
  const step = Number(params.get('step') ?? 0);
  return { exercise, step: Number.isInteger(step) && step > 0 ? Math.min(step, exercise.steps.length - 1) : 0 };
}
