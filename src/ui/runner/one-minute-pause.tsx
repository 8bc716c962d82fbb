import { breathingExerciseFor } from '../../core/exercises/breathing-exercises';
import type { Preferences } from '../../core/preferences';
import { ExerciseRunner, type ClosingMore } from './exercise-runner';

export interface OneMinutePauseProps {
  preferences: Preferences;
  headingLevel: 1 | 2 | 3;
  /** False for a test reminder's pause: nothing goes into the journal. */
  record?: boolean;
  onClose: () => void;
  closingMore?: ClosingMore;
}

/**
 * A minute of breathing in the person's default pattern, with the same runner as every exercise
 * (pacer, reduced motion, chime, a private journal entry): the reminder's pause window and the
 * new tab's pause are this.
 */
export function OneMinutePause({ preferences, headingLevel, record = true, onClose, closingMore }: OneMinutePauseProps) {
  const oneMinute = { ...preferences, exercises: { ...preferences.exercises, breathingMinutes: 1 } };
  const exercise = breathingExerciseFor[preferences.exercises.breathingPattern];
  return <ExerciseRunner exercise={exercise} preferences={oneMinute} headingLevel={headingLevel} record={record} onClose={onClose} closingMore={closingMore} />;
}
