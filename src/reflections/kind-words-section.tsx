import { useId, useMemo, useState } from 'preact/hooks';
import { catalogue } from '../core/exercises/catalogue';
import type { JournalEntry } from '../core/journal';
import { kindWords } from '../core/reflections/kind-words';
import { t, type MessageKey } from '../ui/i18n';
import { pageLocale } from './page-locale';
import { ShowOnNewTabButton } from './show-on-new-tab';
import { useShowOnNewTab } from './use-show-on-new-tab';

export interface KindWordsSectionProps {
  /** The journal, newest first. */
  entries: readonly JournalEntry[];
  /** For the dates; the page's locale unless given. */
  locale?: string;
}

/** The newest few are shown at first, so the timeline below stays near; the rest are one press away. */
const SHOWN_FIRST = 5;

/** What the person wrote to themselves (Friend check, the self-compassion break, …), newest first. */
export function KindWordsSection({ entries, locale = pageLocale() }: KindWordsSectionProps) {
  const words = useMemo(() => kindWords(entries), [entries]);
  const [all, setAll] = useState(false);
  const shown = all ? words : words.slice(0, SHOWN_FIRST);
  const newTab = useShowOnNewTab();
  const headingId = useId();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section class="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('kindWordsHeading')}</h2>
      {words.length === 0 ? (
        <p class="muted">{t('kindWordsNone')}</p>
      ) : (
        <>
          <p class="muted">{t('kindWordsIntro')}</p>
          <ul class="insights-kind">
            {shown.map((item) => {
              const practice = catalogue.find(({ id }) => id === item.exercise);
              return (
                <li class="insights-kind__item" key={`${item.at}-${item.noteId}`}>
                  <blockquote class="insights-kind__words">{item.text}</blockquote>
                  <p class="insights-kind__when">
                    <time dateTime={new Date(item.at).toISOString()}>{dates.format(item.at)}</time>
                    {practice && ` · ${t(practice.title as MessageKey)}`}
                  </p>
                  <ShowOnNewTabButton text={item.text} newTab={newTab} />
                </li>
              );
            })}
          </ul>
          {shown.length < words.length && (
            <button type="button" class="quiet" onClick={() => setAll(true)}>
              {t('kindWordsShowAll', String(words.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
