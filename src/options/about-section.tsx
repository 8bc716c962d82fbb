import { t } from '../ui/i18n';

/** Where to find more support, what self-compassion is, and the privacy promise in plain words. */
export function AboutSection() {
  return (
    <section class="options-section" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      <p>{t('privacyPromise')}</p>
      <ul class="options-links">
        <li>
          <a href="self-compassion.html">{t('optionsAboutSelfCompassion')}</a>
        </li>
        <li>
          <a href="support.html">{t('moreSupport')}</a>
        </li>
      </ul>
    </section>
  );
}
