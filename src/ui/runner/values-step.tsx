import { useId, useState } from 'preact/hooks';
import { MAX_VALUES, valueOptions as bundledOptions, type ValueOption } from '../../core/values';
import { t } from '../i18n';
import { exerciseText } from './exercise-text';
import { PickToggles } from './pick-toggles';

/** A short set to choose from first; the rest are one press away. */
export const VALUES_SHOWN_FIRST = 8;

export interface ValuesStepProps {
  /** From Options (values.chosen): ids from the list, or the person's own words. */
  chosen: readonly string[];
  /** Picked here for this session, when none were chosen in Options. */
  picked: readonly string[];
  onPick: (picked: string[]) => void;
  options?: readonly ValueOption[];
}

/** The person's values, or up to five picked now (from a short set, and more on request), held up against what's next. */
export function ValuesStep({ chosen, picked, onPick, options = bundledOptions }: ValuesStepProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // A value picked from the longer list stays in view (it can only be picked once it is expanded).
  const shown = expanded ? options : options.slice(0, VALUES_SHOWN_FIRST);
  const label = (value: string) => {
    const key = options.find((option) => option.id === value)?.key;
    return key ? exerciseText(key) : value;
  };
  const held = chosen.length > 0 ? chosen : picked;

  return (
    <div class="runner-step runner-values">
      {chosen.length > 0 ? (
        <>
          <p id={`${id}-values`} class="runner-step__text">
            {t('valuesStepYours')}
          </p>
          <ul class="runner-values__list" aria-labelledby={`${id}-values`}>
            {chosen.map((value) => (
              <li key={value}>{label(value)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p id={`${id}-values`} class="runner-step__text">
            {t('valuesStepPick')}
          </p>
          <PickToggles
            choices={shown.map((option) => ({ id: option.id, label: exerciseText(option.key) }))}
            picked={picked}
            max={MAX_VALUES}
            onChange={onPick}
            limitMessage={t('valuesStepLimit')}
            labelledBy={`${id}-values`}
            focusIndex={expanded ? VALUES_SHOWN_FIRST : undefined}
          />
          {!expanded && options.length > VALUES_SHOWN_FIRST && (
            // A link's weight: it shows more to choose from, it is not a choice itself.
            <button type="button" class="link runner-link" onClick={() => setExpanded(true)}>
              {t('valuesStepMore')}
            </button>
          )}
          <p class="muted runner-small">{t('valuesStepOptionsHint')}</p>
        </>
      )}
      {held.length > 0 && (
        <div class="runner-values__question">
          <p class="runner-step__text">{t('valuesStepQuestion')}</p>
          <p class="muted runner-small">{t('valuesStepQuestionHint')}</p>
        </div>
      )}
    </div>
  );
}
