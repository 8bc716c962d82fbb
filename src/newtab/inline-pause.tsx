import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { breathingExerciseFor } from '../core/exercises/breathing-exercises';
import type { Preferences } from '../core/preferences';
import { sendToWorker } from '../platform/messages';
import { ExerciseRunner } from '../ui/runner/exercise-runner';

export interface InlinePauseProps {
  preferences: Preferences;
  onClose: () => void;
}

/**
 * A minute of breathing right on the new tab, in the person's default pattern, with the same runner as the popup (pacer,
 * reduced motion, chime, a private journal entry). This file is the chunk the new tab fetches on
 * the first click, and the only part of the new tab that uses Preact.
 */
function InlinePause({ preferences, onClose }: InlinePauseProps) {
  // Starting it is taking a pause, as when the pause window opens: the worker records it and
  // restarts the rhythm. If the worker can't be reached the pause still runs.
  useEffect(() => {
    sendToWorker({ kind: 'pause-opened' }).catch(() => undefined);
  }, []);
  const oneMinute = { ...preferences, exercises: { ...preferences.exercises, breathingMinutes: 1 } };
  const exercise = breathingExerciseFor[preferences.exercises.breathingPattern];
  return <ExerciseRunner exercise={exercise} preferences={oneMinute} headingLevel={2} onClose={onClose} />;
}

/** Renders the pause into `container`; the returned function takes it away again. */
export function mountInlinePause(container: Element, props: InlinePauseProps): () => void {
  render(<InlinePause {...props} />, container);
  return () => render(null, container);
}
