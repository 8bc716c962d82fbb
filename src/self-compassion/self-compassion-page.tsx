import { t, type MessageKey } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { studies } from './studies';

const items = (keys: readonly MessageKey[]) => keys.map((key) => <li key={key}>{t(key)}</li>);

/*
 * What self-compassion is and isn't, in Kindly's own words, short enough to read in two
 * minutes. The text is in _locales like every other page's; studies are plain links.
 */
export function SelfCompassionPage() {
  useAppearance(usePreferences()?.preferences.appearance);
  return (
    <main class="self-compassion">
      <h1>{t('selfCompassionTitle')}</h1>
      <p class="self-compassion__lead">{t('selfCompassionIntro')}</p>

      <h2>{t('selfCompassionIsHeading')}</h2>
      <ul>{items(['selfCompassionIsNoticing', 'selfCompassionIsShared', 'selfCompassionIsKindness'])}</ul>

      <h2>{t('selfCompassionIsntHeading')}</h2>
      <ul>{items(['selfCompassionNotPity', 'selfCompassionNotIndulgence', 'selfCompassionNotWeakness', 'selfCompassionNotEsteem'])}</ul>

      <h2>{t('selfCompassionCriticHeading')}</h2>
      <p>{t('selfCompassionCriticText')}</p>
      <p>{t('selfCompassionCriticStudy')}</p>

      <h2>{t('selfCompassionResearchHeading')}</h2>
      <p>{t('selfCompassionResearchText')}</p>
      <p>{t('selfCompassionLinksIntro')}</p>
      <ul class="self-compassion__studies">
        {studies.map((study) => (
          <li key={study.href}>
            <a href={study.href} target="_blank" rel="noreferrer">
              {t(study.text)}
            </a>
          </li>
        ))}
      </ul>

      <h2>{t('selfCompassionKindlyHeading')}</h2>
      <ul>
        {items([
          'selfCompassionKindlyMindfulness',
          'selfCompassionKindlyNaming',
          'selfCompassionKindlyAcceptance',
          'selfCompassionKindlyFriend',
          'selfCompassionKindlyValues',
        ])}
      </ul>
      <p class="self-compassion__closing">{t('selfCompassionClosing')}</p>
      <p>{t('selfCompassionBackdraft')}</p>

      <footer class="self-compassion__footer">
        <p>
          {t('selfCompassionSupportLine')} <a href="support.html">{t('moreSupport')}</a>
        </p>
        <p>
          <a href="welcome.html">{t('selfCompassionWelcomeLink')}</a>
        </p>
      </footer>
    </main>
  );
}
