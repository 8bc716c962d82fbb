import { useEffect, useState } from 'preact/hooks';
import type { Exercise } from '../core/exercises';
import type { KnownAnswers } from '../core/known-answers';
import type { ParsedPreferences } from '../core/preferences';
import { ExerciseRunner, type ClosingMore } from '../ui/runner/exercise-runner';
import { exerciseText } from '../ui/runner/exercise-text';
import { readCarriedAnswers } from './carried-answers';

function closeWindow() {
  window.close();
}

/** The pause window running one exercise, from the step it was popped out on, with what was picked. */
export interface ExercisePauseProps {
  exercise: Exercise;
  step: number;
  /** Start with what the popup's run had picked and written (a popped-out exercise). */
  carried: boolean;
  parsed: ParsedPreferences | undefined;
  closingMore?: ClosingMore;
}

export function ExercisePause({ exercise, step, carried, parsed, closingMore }: ExercisePauseProps) {
  const [answers, setAnswers] = useState<{ read: KnownAnswers | undefined }>();
  useEffect(() => {
    document.title = exerciseText(exercise.title);
    let live = true;
    if (carried) void readCarriedAnswers(exercise.id).then((read) => live && setAnswers({ read }));
    else setAnswers({ read: undefined });
    return () => {
      live = false;
    };
  }, [exercise, carried]);

  // Breathing lengths come from preferences and are fixed once a run starts, and the answers
  // carried from the popup are its start, so wait for both (a storage read on this device and
  // one in memory) rather than start with the defaults.
  const ready = parsed && answers;
  return (
    <main class="pause pause--exercise" aria-busy={ready ? undefined : 'true'}>
      {ready && (
        <ExerciseRunner
          exercise={exercise}
          preferences={parsed.preferences}
          startStep={step}
          startAnswers={answers.read}
          headingLevel={1}
          onClose={closeWindow}
          closingMore={closingMore}
        />
      )}
    </main>
  );
}
