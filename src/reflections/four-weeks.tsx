import { useId, useMemo, useState } from 'preact/hooks';
import type { JournalEntry } from '../core/journal';
import { firstDayOfWeek } from '../core/reflections/week-start';
import { lastFourWeeks } from '../core/reflections/weeks';
import { t } from '../ui/i18n';
import { FourWeeksChart } from './four-weeks-chart';
import { FourWeeksTable } from './four-weeks-table';
import { pageLocale } from './page-locale';
import { weekLabels } from './week-labels';

export interface FourWeeksProps {
  /** The journal, newest first. */
  entries: readonly JournalEntry[];
  now: number;
  /** For dates, weekdays and the first day of the week; the page's locale unless given. */
  locale?: string;
}

/** The last four weeks at a glance: the chart, and the same numbers as a table on request. */
export function FourWeeks({ entries, now, locale = pageLocale() }: FourWeeksProps) {
  const weeks = useMemo(() => lastFourWeeks(entries, now, firstDayOfWeek(locale)), [entries, now, locale]);
  const labels = useMemo(() => weekLabels(weeks, locale), [weeks, locale]);
  const [tableShown, setTableShown] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section class="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fourWeeksHeading')}</h2>
      <p class="muted">{t('fourWeeksIntro')}</p>
      <FourWeeksChart weeks={weeks} labels={labels} locale={locale} />
      <button type="button" class="quiet" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown(!tableShown)}>
        {t(tableShown ? 'fourWeeksHideTable' : 'fourWeeksShowTable')}
      </button>
      <FourWeeksTable id={tableId} weeks={weeks} labels={labels} locale={locale} hidden={!tableShown} />
    </section>
  );
}
