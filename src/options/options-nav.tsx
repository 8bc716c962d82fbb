import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../ui/i18n';

/** Each section's heading id (where a link lands) and its name, in the page's order. */
export const pageSections: readonly (readonly [id: string, name: MessageKey])[] = [
  ['reminders-heading', 'optionsRemindersHeading'],
  ['exercises-heading', 'optionsExercisesHeading'],
  ['values-heading', 'optionsValuesHeading'],
  ['appearance-heading', 'optionsAppearanceHeading'],
  ['newTab-heading', 'optionsNewTabHeading'],
  ['own-affirmations-heading', 'ownAffirmationsHeading'],
  ['history-heading', 'optionsReflectionsHeading'],
  ['your-data-heading', 'dataHeading'],
  ['about-heading', 'optionsAboutHeading'],
];

/**
 * Links to every section, at the top of a long page. Plain in-page links: the browser scrolls,
 * and the next Tab goes on from the section's heading. Rendered with the sections' headings, so a
 * link from another page (the welcome page's to the new tab section) lands at once; it lands
 * again once the later sections have `settled` in their places, unless the person has scrolled.
 */
export function OptionsNav({ settled }: { settled: boolean }) {
  const landedAt = useRef<number>(undefined);
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || (landedAt.current !== undefined && landedAt.current !== window.scrollY)) return;
    document.getElementById(id)?.scrollIntoView();
    landedAt.current = window.scrollY;
  }, [settled]);
  return (
    <nav class="options-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {pageSections.map(([id, name]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(name)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
