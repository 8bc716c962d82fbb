import { listedSeconds, type ListedExercise } from '../core/exercises/listed';
import type { PopupArrangement } from '../core/exercises/popup-arrangement';
import { t, type MessageKey } from '../ui/i18n';
import { formatLength } from '../ui/format-length';
import { practiceTitles } from '../ui/practice-titles';

interface StartProps {
  breathingMinutes: number;
  onStart: (exercise: ListedExercise) => void;
}

/** One exercise's row; `data-exercise` is where focus comes back to when it closes. */
export function ExerciseButton({ exercise, breathingMinutes, onStart }: { exercise: ListedExercise } & StartProps) {
  return (
    <button type="button" class="exercise" data-exercise={exercise.id} onClick={() => onStart(exercise)}>
      <span class="exercise__title">{t(exercise.title as MessageKey)}</span>
      <span class="exercise__length">{formatLength(listedSeconds(exercise, breathingMinutes))}</span>
    </button>
  );
}

function Group({ title, exercises, breathingMinutes, onStart }: { title: string; exercises: readonly ListedExercise[] } & StartProps) {
  return (
    <div class="practice">
      <h3>{title}</h3>
      <ul>
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <ExerciseButton exercise={exercise} breathingMinutes={breathingMinutes} onStart={onStart} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The exercises below the suggestion: the person's favourites, then the rest grouped by the
 * practice each belongs to (popup-arrangement.ts: none is listed twice).
 */
export function ExerciseList({ arrangement, breathingMinutes, onStart }: { arrangement: PopupArrangement<ListedExercise> } & StartProps) {
  return (
    <section class="exercises" aria-labelledby="all-exercises">
      <h2 id="all-exercises" class="visually-hidden">
        {t('popupAllExercises')}
      </h2>
      {arrangement.favourites.length > 0 && (
        <Group title={t('popupFavourites')} exercises={arrangement.favourites} breathingMinutes={breathingMinutes} onStart={onStart} />
      )}
      {arrangement.byPractice.map(({ practice, exercises }) => (
        <Group key={practice} title={t(practiceTitles[practice])} exercises={exercises} breathingMinutes={breathingMinutes} onStart={onStart} />
      ))}
    </section>
  );
}
