import { t } from '../ui/i18n';

/** Kindly replaced the new tab on install: say so, and where to change it. */
export function WelcomeNewTab() {
  return (
    <section class="welcome-card" aria-labelledby="welcome-new-tab-heading">
      <h2 id="welcome-new-tab-heading">{t('welcomeNewTabHeading')}</h2>
      <p>{t('welcomeNewTabText')}</p>
      <a href="options.html#newTab-heading">{t('welcomeNewTabChange')}</a>
    </section>
  );
}
