import { useId, useState } from 'preact/hooks';
import type { Exercise } from '../core/exercises';
import { t } from '../ui/i18n';
import { exerciseText } from '../ui/runner/exercise-text';

export interface PauseNextProps {
  /** The short list behind "Another practice". */
  practices: readonly Exercise[];
  onMinute: () => void;
  onPractice: (exercise: Exercise) => void;
}

/**
 * The pause window's end is a choice, not only Close: one more minute of breathing, or another
 * practice from a short list (a disclosure, so the closing stays calm until it is asked for).
 * Close stays the one filled button; these are lighter, and nothing here is pressed on anyone.
 */
export function PauseNext({ practices, onMinute, onPractice }: PauseNextProps) {
  const id = useId();
  const [listing, setListing] = useState(false);
  return (
    <div class="pause-next">
      <div class="runner-controls__more">
        <button type="button" class="link runner-link" onClick={onMinute}>
          {t('pauseOneMoreMinute')}
        </button>
        {practices.length > 0 && (
          <button type="button" class="link runner-link" aria-expanded={listing} aria-controls={id} onClick={() => setListing(!listing)}>
            {t('pauseAnotherPractice')}
          </button>
        )}
      </div>
      <ul id={id} class="pause-next__list" hidden={!listing}>
        {practices.map((exercise) => (
          <li key={exercise.id}>
            <button type="button" class="quiet" onClick={() => onPractice(exercise)}>
              {exerciseText(exercise.title)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
