import { exerciseSeconds } from '../core/exercises/length';
import { practices, type Exercise, type Practice } from '../core/exercises';
import { t, type MessageKey } from '../ui/i18n';
import { formatLength } from '../ui/format-length';

const practiceTitles: Record<Practice, MessageKey> = {
  mindfulness: 'practiceMindfulness',
  naming: 'practiceNaming',
  acceptance: 'practiceAcceptance',
  friend: 'practiceFriend',
  values: 'practiceValues',
};

interface Props {
  exercises: readonly Exercise[];
  /** Ids the person marked as favourites in Options: listed first, in their own group. */
  favourites?: readonly string[];
  breathingMinutes: number;
  onStart: (exercise: Exercise) => void;
}

export function ExerciseButton({ exercise, breathingMinutes, onStart }: { exercise: Exercise } & Omit<Props, 'exercises' | 'favourites'>) {
  return (
    <button type="button" class="exercise" onClick={() => onStart(exercise)}>
      <span class="exercise__title">{t(exercise.title as MessageKey)}</span>
      <span class="exercise__length muted">{formatLength(exerciseSeconds(exercise, breathingMinutes))}</span>
    </button>
  );
}

function Group({ title, exercises, breathingMinutes, onStart }: { title: string } & Omit<Props, 'favourites'>) {
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
 * Every exercise the person hasn't hidden: their favourites first, in the order Options lists
 * them, then the rest grouped by the practice each belongs to. None is listed twice.
 */
export function ExerciseList({ exercises, favourites = [], breathingMinutes, onStart }: Props) {
  const favoured = exercises.filter((exercise) => favourites.includes(exercise.id));
  const rest = exercises.filter((exercise) => !favourites.includes(exercise.id));
  return (
    <section class="exercises" aria-labelledby="all-exercises">
      <h2 id="all-exercises">{t('popupAllExercises')}</h2>
      {favoured.length > 0 && <Group title={t('popupFavourites')} exercises={favoured} breathingMinutes={breathingMinutes} onStart={onStart} />}
      {practices.map((practice) => {
        const inPractice = rest.filter((exercise) => exercise.practice === practice);
        if (inPractice.length === 0) return null;
        return <Group key={practice} title={t(practiceTitles[practice])} exercises={inPractice} breathingMinutes={breathingMinutes} onStart={onStart} />;
      })}
    </section>
  );
}
