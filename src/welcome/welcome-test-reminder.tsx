import { t } from '../ui/i18n';
import { TestReminder } from '../ui/test-reminder';

/** A reminder exactly as it will look; the page says it is on its way, or why it couldn't come. */
export function WelcomeTestReminder() {
  return (
    <section class="welcome-card" aria-labelledby="welcome-test-heading">
      <h2 id="welcome-test-heading">{t('welcomeTestHeading')}</h2>
      <p>{t('welcomeTestHint')}</p>
      <TestReminder label={t('welcomeTestButton')} sent={t('welcomeTestSent')} />
    </section>
  );
}
