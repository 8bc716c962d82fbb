import { sendToWorker } from '../platform/messages';
import { t } from '../ui/i18n';
import { NotificationsBlockedNotice } from '../ui/notifications-blocked-notice';
import { useSchedule } from '../ui/use-schedule';

/** A reminder exactly as it will look; the worker says if the system blocks notifications. */
export function WelcomeTestReminder() {
  const schedule = useSchedule();
  return (
    <section class="welcome-part" aria-labelledby="welcome-test-heading">
      <h2 id="welcome-test-heading">{t('welcomeTestHeading')}</h2>
      <p class="muted">{t('welcomeTestHint')}</p>
      <button type="button" onClick={() => void sendToWorker({ kind: 'test-reminder' }).catch(() => undefined)}>
        {t('welcomeTestButton')}
      </button>
      <NotificationsBlockedNotice state={schedule} />
    </section>
  );
}
