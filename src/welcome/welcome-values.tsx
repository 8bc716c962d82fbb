import { useId, useState } from 'preact/hooks';
import { MAX_VALUES, valueOptions } from '../core/values';
import { CheckboxGroup } from '../ui/fields/checkbox-group';
import { TextInput } from '../ui/fields/text-input';
import { t, type MessageKey } from '../ui/i18n';
import type { Save } from './use-save';

/** Up to five values from Kindly's list, or in the person's own words. */
export function WelcomeValues({ chosen: stored, save }: { chosen: readonly string[]; save: Save }) {
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[]>(stored);
  const [own, setOwn] = useState('');
  const [full, setFull] = useState(false);
  const ownWords = chosen.filter((value) => !valueOptions.some((option) => option.id === value));
  const choices = [
    ...valueOptions.map((option) => ({ id: option.id, label: t(option.key as MessageKey) })),
    ...ownWords.map((words) => ({ id: words, label: words })),
  ];

  const change = (next: readonly string[]) => {
    setChosen(next);
    save({ 'values.chosen': next });
  };

  const toggle = (value: string, checked: boolean) => {
    const refused = checked && chosen.length >= MAX_VALUES;
    setFull(refused);
    if (refused) return false;
    change(checked ? [...chosen, value] : chosen.filter((other) => other !== value));
    return true;
  };

  const addOwn = () => {
    const words = own.trim();
    if (!words || chosen.includes(words)) return setOwn('');
    if (toggle(words, true)) setOwn('');
  };

  return (
    <section class="welcome-part" aria-labelledby="welcome-values-heading">
      <h2 id="welcome-values-heading">{t('welcomeValuesHeading')}</h2>
      <CheckboxGroup
        legend={t('welcomeValuesLegend')}
        hint={t('welcomeValuesHint')}
        error={full ? t('welcomeValuesLimit') : undefined}
        choices={choices}
        chosen={chosen}
        onToggle={toggle}
        layout="welcome-values"
      />
      <div class="field">
        <label for={id}>{t('welcomeOwnValueLabel')}</label>
        <div class="welcome-own-value">
          <TextInput
            id={id}
            text={own}
            maxLength={40}
            onText={setOwn}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              addOwn();
            }}
          />
          <button type="button" class="quiet" onClick={addOwn}>
            {t('welcomeOwnValueAdd')}
          </button>
        </div>
      </div>
    </section>
  );
}
