import { useEffect } from 'preact/hooks';
import type { Exercise } from '../core/exercises';
import { ExerciseRunner } from '../ui/runner/exercise-runner';
import { exerciseText } from '../ui/runner/exercise-text';
import { usePreferences } from '../ui/use-preferences';

function closeWindow() {
  window.close();
}

/** The pause window running one exercise, from the step it was popped out on. */
export function ExercisePause({ exercise, step }: { exercise: Exercise; step: number }) {
  const parsed = usePreferences();

  useEffect(() => {
    document.title = exerciseText(exercise.title);
  }, [exercise]);

  // Breathing lengths come from preferences and are fixed once a run starts, so wait for them
  // (one storage read on this device) rather than start with the defaults.
  return (
    <main class="pause pause--exercise" aria-busy={parsed ? undefined : 'true'}>
      {parsed && (
        <ExerciseRunner exercise={exercise} preferences={parsed.preferences} startStep={step} headingLevel={1} onClose={closeWindow} />
      )}
    </main>
  );
}
