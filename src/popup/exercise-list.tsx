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
  breathingMinutes: number;
  onStart: (exercise: Exercise) => void;
}

export function ExerciseButton({ exercise, breathingMinutes, onStart }: { exercise: Exercise } & Omit<Props, 'exercises'>) {
  return (
    <button type="button" class="exercise" onClick={() => onStart(exercise)}>
      <span class="exercise__title">{t(exercise.title as MessageKey)}</span>
      <span class="exercise__length muted">{formatLength(exerciseSeconds(exercise, breathingMinutes))}</span>
    </button>
  );
}

/** Every exercise the person hasn't hidden, grouped by the practice it belongs to. */
export function ExerciseList({ exercises, breathingMinutes, onStart }: Props) {
  return (
    <section class="exercises" aria-labelledby="all-exercises">
      <h2 id="all-exercises">{t('popupAllExercises')}</h2>
      {practices.map((practice) => {
        const inPractice = exercises.filter((exercise) => exercise.practice === practice);
        if (inPractice.length === 0) return null;
        return (
          <div key={practice} class="practice">
            <h3>{t(practiceTitles[practice])}</h3>
            <ul>
              {inPractice.map((exercise) => (
                <li key={exercise.id}>
                  <ExerciseButton exercise={exercise} breathingMinutes={breathingMinutes} onStart={onStart} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
