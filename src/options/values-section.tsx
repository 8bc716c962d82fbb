import { useState } from 'preact/hooks';
import { MAX_VALUES, valueLabelKey, valueOptions } from '../core/values';
import { CheckboxGroup } from '../ui/fields/checkbox-group';
import { t } from '../ui/i18n';
import { exerciseText } from '../ui/runner/exercise-text';
import { useOption } from './options-context';
import { OptionsSection } from './options-section';
import { OwnValue } from './own-value';

/** Up to five values, from the list or in the person's own words; the sixth is kindly refused. */
export function ValuesSection() {
  const values = useOption('values.chosen');
  const chosen = values.value;
  const [atLimit, setAtLimit] = useState(false);
  const own = chosen.filter((value) => !valueLabelKey(value));

  const choose = (next: string[]) => {
    setAtLimit(next.length > MAX_VALUES);
    return next.length <= MAX_VALUES && values.set(next);
  };
  const toggle = (id: string, checked: boolean) => choose(checked ? [...chosen, id] : chosen.filter((value) => value !== id));

  return (
    <OptionsSection section="values" title={t('optionsValuesHeading')}>
      <p class="field__hint">{t('fieldValuesIntro')}</p>
      <p class="values-count" aria-live="polite">
        {t('fieldValuesCount', String(chosen.length), String(MAX_VALUES))}
      </p>
      <CheckboxGroup
        legend={t('fieldValuesList')}
        error={atLimit ? t('valuesStepLimit') : undefined}
        note={values.note}
        choices={valueOptions.map((option) => ({ id: option.id, label: exerciseText(option.key) }))}
        chosen={chosen}
        disabled={values.disabled}
        onToggle={toggle}
        layout="field__choices--columns"
      />
      {own.length > 0 && (
        <ul class="own-values" aria-label={t('fieldOwnValuesList')}>
          {own.map((word) => (
            <li key={word}>
              <span>{word}</span>{' '}
              <button
                type="button"
                class="link"
                disabled={values.disabled}
                aria-label={t('fieldOwnValueRemoveNamed', word)}
                onClick={() => toggle(word, false)}
              >
                {t('fieldOwnValueRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <OwnValue chosen={chosen} disabled={values.disabled} onAdd={(value) => choose([...chosen, value])} />
    </OptionsSection>
  );
}
