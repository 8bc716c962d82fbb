import type { MessageKey } from '../ui/i18n';
import { t } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { RhythmSummary } from '../ui/rhythm-summary';
import { usePreferences } from '../ui/use-preferences';
import { useSchedule } from '../ui/use-schedule';
import { RepairNotice } from './repair-notice';

const themeSummary: Record<'system' | 'light' | 'dark', MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
};

export function Options() {
  const parsed = usePreferences();
  const schedule = useSchedule();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <RepairNotice />
      {parsed?.readOnly && (
        <p class="notice" role="status">
          {t('optionsReadOnlyNotice')}
        </p>
      )}
      {parsed && (
        <>
          <section aria-labelledby="reminders-heading">
            <h2 id="reminders-heading">{t('optionsRemindersHeading')}</h2>
            <RhythmSummary reminders={parsed.preferences.reminders} />
            <NotificationsBlockedNotice state={schedule} />
          </section>
          <section aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{t('optionsAppearanceHeading')}</h2>
            <p>{t(themeSummary[parsed.preferences.appearance.theme])}</p>
          </section>
        </>
      )}
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('privacyPromise')}</p>
        <p>
          <a href="support.html">{t('moreSupport')}</a>
        </p>
      </section>
    </main>
  );
}
