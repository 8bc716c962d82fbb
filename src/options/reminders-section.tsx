import { notificationPermissionIsKnown, notificationSoundCanBeChosen } from '../platform/notification-features';
import { t } from '../ui/i18n';
import { RhythmSummary } from '../ui/rhythm-summary';
import { ActiveHours } from './active-hours';
import { OptionNumber, OptionRadios, OptionToggle } from './option-fields';
import { useOptions } from './options-context';
import { OptionsSection } from './options-section';
import type { LaterParts } from './use-later-sections';

/** Reminders, in the first paint; its test reminder and problem notice come with the page's `later` parts. */
export function RemindersSection({ later }: { later: LaterParts | undefined }) {
  const { preferences } = useOptions();
  return (
    <OptionsSection section="reminders" title={t('optionsRemindersHeading')}>
      <RhythmSummary reminders={preferences.reminders} />
      {later && <later.ReminderProblemNotice />}
      <OptionToggle name="reminders.enabled" label={t('fieldRemindersEnabled')} />
      <OptionNumber name="reminders.everyMinutes" label={t('fieldEveryMinutes')} hint={t('fieldEveryMinutesHint')} min={10} max={180} />
      <ActiveHours />
      <OptionNumber
        name="reminders.naturalBreakMinutes"
        label={t('fieldNaturalBreak')}
        hint={t('fieldNaturalBreakHint')}
        min={1}
        max={60}
      />
      <fieldset class="field">
        <legend>{t('fieldWaitLegend')}</legend>
        <OptionToggle name="reminders.waitDuringFullscreen" label={t('fieldWaitFullscreen')} />
        <OptionToggle name="reminders.waitDuringAudio" label={t('fieldWaitAudio')} hint={t('fieldWaitAudioHint')} />
      </fieldset>
      <OptionRadios
        name="reminders.style"
        label={t('fieldReminderStyle')}
        choices={[
          { value: 'notification', label: t('fieldStyleNotification'), description: t('fieldStyleNotificationHint') },
          { value: 'window', label: t('fieldStyleWindow'), description: t('fieldStyleWindowHint') },
          { value: 'badge', label: t('fieldStyleBadge'), description: t('fieldStyleBadgeHint') },
        ]}
      />
      {preferences.reminders.style === 'notification' && !notificationPermissionIsKnown() && <p class="field__hint">{t('fieldNotificationsUnknowable')}</p>}
      {notificationSoundCanBeChosen() ? (
        <OptionToggle name="reminders.sound" label={t('fieldSound')} hint={t('fieldSoundHint')} />
      ) : (
        <p class="field__hint">{t('fieldSoundBySystem')}</p>
      )}
      <p class="field__hint">{t('optionsSnoozeAndPause')}</p>
      {/* Its place, a button's height, is kept until it comes (options.css). */}
      {later ? <later.OptionsTestReminder /> : <div class="test-reminder" />}
    </OptionsSection>
  );
}
