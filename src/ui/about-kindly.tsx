import { t } from './i18n';

/**
 * The privacy promise in plain words, what self-compassion is, and where to find more support:
 * the same block closes the welcome page and Options. `class` is the page's own section style.
 */
export function AboutKindly({ class: className }: { class: string }) {
  return (
    <section class={`${className} about-kindly`} aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      <p>{t('privacyPromise')}</p>
      <ul class="about-kindly__links">
        <li>
          <a href="self-compassion.html">{t('selfCompassionTitle')}</a>
        </li>
        <li>
          <a href="support.html">{t('moreSupport')}</a>
        </li>
      </ul>
    </section>
  );
}
