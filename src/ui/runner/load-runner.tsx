import { useEffect, useRef } from 'preact/hooks';
import { useChunk } from '../use-chunk';
import type { ExerciseRunnerProps } from './exercise-runner';
import type * as runnerChunk from './runner-chunk';

export type RunnerChunk = typeof runnerChunk;

/** The runner's chunk; the browser fetches it once and keeps it for the page's life. */
export function loadRunner(): Promise<RunnerChunk> {
  return import('./runner-chunk');
}

/**
 * The exercise runner with the exercise `exerciseId` (whose steps come in the chunk), fetched
 * when it first shows. Until it arrives (a few milliseconds from the extension's own files) the
 * place stays empty and busy; should it fail, or not know the exercise (the extension was
 * updated under an open page), `onClose` takes the person back to where they started.
 */
export function LazyExerciseRunner({ exerciseId, ...props }: Omit<ExerciseRunnerProps, 'exercise'> & { exerciseId: string }) {
  const state = useChunk(loadRunner);
  const chunk = state.status === 'loaded' ? state.module : undefined;
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  const exercise = chunk?.exerciseById(exerciseId);
  useEffect(() => {
    if (state.status === 'failed' || (chunk && !exercise)) onClose.current();
  }, [state.status, chunk, exercise]);
  if (!chunk || !exercise) return <div aria-busy="true" />;
  return <chunk.ExerciseRunner exercise={exercise} {...props} />;
}
