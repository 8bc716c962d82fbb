import { messagesLanguage, t } from '../ui/i18n';
import { CheckboxGroup } from '../ui/fields/checkbox-group';
import { activeHoursHint } from '../ui/active-hours-hint';
import { OptionTime } from './option-fields';
import { useOption, useOptions } from './options-context';
import { dayName, mondayFirstWeek as week } from '../ui/format';

/** When pauses may come: from and until (a window may cross midnight), and on which days. */
export function ActiveHours() {
  const { activeFrom, activeUntil } = useOptions().preferences.reminders;
  const days = useOption('reminders.activeDays');
  const language = messagesLanguage();

  const untilHint = activeHoursHint(activeFrom, activeUntil);

  const toggle = (id: string, checked: boolean) => {
    const day = Number(id);
    const chosen = checked ? [...days.value, day] : days.value.filter((other) => other !== day);
    return days.set(chosen.sort((a, b) => a - b));
  };

  return (
    <>
      <div class="field-pair">
        <OptionTime name="reminders.activeFrom" label={t('fieldActiveFrom')} />
        <OptionTime name="reminders.activeUntil" label={t('fieldActiveUntil')} hint={untilHint} />
      </div>
      <CheckboxGroup
        legend={t('fieldActiveDays')}
        hint={days.value.length === 0 ? t('fieldActiveDaysNone') : undefined}
        note={days.note}
        choices={week.map((day) => ({ id: String(day), label: dayName(day, language) }))}
        chosen={days.value.map(String)}
        disabled={days.disabled}
        onToggle={toggle}
        layout="field__choices--days"
      />
    </>
  );
}
