import { t } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';

/*
 * Honest about what Kindly is, and where real help is. Plain links only: opening one is the
 * person's own navigation; Kindly fetches nothing from them.
 */
export function SupportPage() {
  useAppearance(usePreferences()?.preferences.appearance);
  return (
    <main class="support">
      <h1>{t('supportTitle')}</h1>
      <p>{t('supportNotTherapy')}</p>
      <p>{t('supportTherapist')}</p>
      <h2>{t('supportNowHeading')}</h2>
      <ul>
        <li>
          {t('supportUs')} <a href="tel:988">{t('supportCall988')}</a>, <a href="sms:988">{t('supportText988')}</a>,{' '}
          <a href="https://988lifeline.org" target="_blank" rel="noreferrer">
            988lifeline.org
          </a>
        </li>
        <li>
          {t('supportUk')} <a href="tel:116123">116 123</a>
        </li>
        <li>
          {t('supportWorldwide')}{' '}
          <a href="https://findahelpline.com" target="_blank" rel="noreferrer">
            findahelpline.com
          </a>
        </li>
        <li>{t('supportEmergency')}</li>
      </ul>
      <p class="muted">{t('supportPlainLinks')}</p>
    </main>
  );
}
