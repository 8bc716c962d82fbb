import { useEffect } from 'preact/hooks';
import type { Exercise } from '../core/exercises';
import type { ParsedPreferences } from '../core/preferences';
import { ExerciseRunner } from '../ui/runner/exercise-runner';
import { exerciseText } from '../ui/runner/exercise-text';

function closeWindow() {
  window.close();
}

/** The pause window running one exercise, from the step it was popped out on. */
export function ExercisePause({ exercise, step, parsed }: { exercise: Exercise; step: number; parsed: ParsedPreferences | undefined }) {
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
