import { useEffect } from 'preact/hooks';
import { t, type MessageKey } from '../ui/i18n';

/** Each section's heading id (where a link lands) and its name, in the page's order. */
const sections: readonly (readonly [id: string, name: MessageKey])[] = [
  ['reminders-heading', 'optionsRemindersHeading'],
  ['exercises-heading', 'optionsExercisesHeading'],
  ['values-heading', 'optionsValuesHeading'],
  ['appearance-heading', 'optionsAppearanceHeading'],
  ['newTab-heading', 'optionsNewTabHeading'],
  ['own-affirmations-heading', 'ownAffirmationsHeading'],
  ['your-data-heading', 'dataHeading'],
  ['about-heading', 'optionsAboutHeading'],
];

/**
 * Links to every section, at the top of a long page. Plain in-page links: the browser scrolls,
 * and the next Tab goes on from the section's heading. Rendered with the sections, so a link
 * from another page (the welcome page's to the new tab section) lands once they are there.
 */
export function OptionsNav() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return (
    <nav class="options-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {sections.map(([id, name]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(name)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
