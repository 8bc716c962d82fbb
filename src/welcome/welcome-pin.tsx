import { browserFamily } from '../platform/browser-family';
import { t } from '../ui/i18n';

/** The browsers put the pin in different places, so this says the one in use. */
export function WelcomePin() {
  return (
    <section class="welcome-card" aria-labelledby="welcome-pin-heading">
      <h2 id="welcome-pin-heading">{t('welcomePinHeading')}</h2>
      <p>{browserFamily() === 'firefox' ? t('welcomePinFirefox') : t('welcomePinChromium')}</p>
    </section>
  );
}
