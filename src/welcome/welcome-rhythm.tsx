import { useState } from 'preact/hooks';
import { validatePreference, type Preferences } from '../core/preferences';
import { CheckboxGroup } from '../ui/fields/checkbox-group';
import { SelectField } from '../ui/fields/select-field';
import { TimeField } from '../ui/fields/time-field';
import { activeHoursHint } from '../ui/active-hours-hint';
import { t } from '../ui/i18n';
import type { Save } from './use-save';
import { dayName, mondayFirstWeek as week } from '../ui/format';

const rhythms = [20, 30, 45, 60, 90, 120];
/** How often, between which hours, on which days. Each choice is saved as it is made. */
export function WelcomeRhythm({ reminders, save }: { reminders: Preferences['reminders']; save: Save }) {
  // Held here too, so a choice shows at once while the batched write is on its way.
  const [every, setEvery] = useState(reminders.everyMinutes);
  const [days, setDays] = useState<readonly number[]>(reminders.activeDays);
  const [hours, setHours] = useState({ 'reminders.activeFrom': reminders.activeFrom, 'reminders.activeUntil': reminders.activeUntil });
  const choices = [...new Set([...rhythms, every])].sort((a, b) => a - b);

  const timeSaver = (key: 'reminders.activeFrom' | 'reminders.activeUntil') => (text: string) => {
    if (!validatePreference(key, text).ok) return t('welcomeTimeInvalid');
    setHours((current) => ({ ...current, [key]: text }));
    save({ [key]: text });
    return undefined;
  };

  const toggleDay = (id: string, checked: boolean) => {
    const day = Number(id);
    const next = checked ? [...days, day].sort((a, b) => a - b) : days.filter((other) => other !== day);
    setDays(next);
    save({ 'reminders.activeDays': next });
    return true;
  };

  return (
    <section class="welcome-part" aria-labelledby="welcome-rhythm-heading">
      <h2 id="welcome-rhythm-heading">{t('welcomeRhythmHeading')}</h2>
      <SelectField
        label={t('welcomeEveryLabel')}
        value={String(every)}
        choices={choices.map((minutes) => ({ value: String(minutes), label: t('welcomeEveryOption', String(minutes)) }))}
        onChange={(value) => {
          setEvery(Number(value));
          save({ 'reminders.everyMinutes': Number(value) });
        }}
      />
      <div class="welcome-times">
        <TimeField label={t('welcomeFromLabel')} value={reminders.activeFrom} onText={timeSaver('reminders.activeFrom')} />
        <TimeField
          label={t('welcomeUntilLabel')}
          value={reminders.activeUntil}
          hint={activeHoursHint(hours['reminders.activeFrom'], hours['reminders.activeUntil'])}
          onText={timeSaver('reminders.activeUntil')}
        />
      </div>
      <CheckboxGroup
        legend={t('welcomeDaysLegend')}
        choices={week.map((day) => ({ id: String(day), label: dayName(day) }))}
        chosen={days.map(String)}
        onToggle={toggleDay}
        layout="welcome-days"
      />
    </section>
  );
}
