import { exercises } from '../core/exercises';
import { ToggleField } from '../ui/fields/toggle-field';
import { t } from '../ui/i18n';
import { exerciseText } from '../ui/runner/exercise-text';
import { useOption } from './options-context';

/** Each exercise with two boxes: a favourite, and hidden from the popup. */
export function ExerciseChoices() {
  const favourites = useOption('exercises.favourites');
  const hidden = useOption('exercises.hidden');
  const toggle = (list: typeof favourites, id: string, on: boolean) =>
    list.set(on ? [...list.value, id] : list.value.filter((other) => other !== id));

  return (
    <div class="field exercise-choices">
      <p class="field__hint">{t('fieldExerciseChoicesHint')}</p>
      {(favourites.note ?? hidden.note) && <p class="field__note">{favourites.note ?? hidden.note}</p>}
      {exercises.map((exercise) => (
        <fieldset key={exercise.id} class="exercise-choice">
          <legend>{exerciseText(exercise.title)}</legend>
          <ToggleField
            label={t('fieldFavourite')}
            checked={favourites.value.includes(exercise.id)}
            disabled={favourites.disabled}
            onChange={(on) => toggle(favourites, exercise.id, on)}
          />
          <ToggleField
            label={t('fieldHidden')}
            checked={hidden.value.includes(exercise.id)}
            disabled={hidden.disabled}
            onChange={(on) => toggle(hidden, exercise.id, on)}
          />
        </fieldset>
      ))}
    </div>
  );
}
