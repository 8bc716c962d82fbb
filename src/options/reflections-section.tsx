import type { KeepFor } from '../core/history-retention';
import { openTab } from '../platform/tabs';
import { SelectField } from '../ui/fields/select-field';
import { t, type MessageKey } from '../ui/i18n';
import { OptionToggle } from './option-fields';
import { useOption } from './options-context';
import { OptionsSection } from './options-section';

const keepForChoices: readonly (readonly [KeepFor, MessageKey])[] = [
  [30, 'fieldHistoryKeepFor30'],
  [90, 'fieldHistoryKeepFor90'],
  [365, 'fieldHistoryKeepFor365'],
  ['always', 'fieldHistoryKeepForAlways'],
];

/** How long the history is kept: a number of days, stored as a number, chosen by name. */
function KeepForField() {
  const option = useOption('history.keepForDays');
  return (
    <SelectField
      label={t('fieldHistoryKeepFor')}
      hint={t('fieldHistoryKeepForHint')}
      note={option.note}
      value={String(option.value)}
      choices={keepForChoices.map(([value, label]) => ({ value: String(value), label: t(label) }))}
      disabled={option.disabled}
      onChange={(value) => option.set(value === 'always' ? value : Number(value))}
    />
  );
}

/** The way to Reflections, and whether (and how long) the history it reads is kept. */
export function ReflectionsSection() {
  return (
    <OptionsSection section="history" title={t('optionsReflectionsHeading')}>
      <p>
        {t('optionsReflectionsIntro')}{' '}
        <button type="button" class="link" onClick={() => void openTab('reflections.html')}>
          {t('optionsOpenReflections')}
        </button>
      </p>
      <OptionToggle name="history.keep" label={t('fieldHistoryKeep')} hint={t('fieldHistoryKeepHint')} />
      <KeepForField />
    </OptionsSection>
  );
}
