import type { JournalEntry } from '../core/journal';
import { pausesThisWeek } from '../core/reflections/pause-count';
import { firstDayOfWeek } from '../core/reflections/week-start';
import { t } from '../ui/i18n';
import { pageLocale } from './page-locale';

export interface PausesThisWeekProps {
  /** The journal, newest first: one entry per practice done. */
  entries: readonly JournalEntry[];
  now: number;
  /** For the first day of the week; the page's locale unless given. */
  locale?: string;
}

/** "You paused 9 times this week": practices done, never what was snoozed or skipped. */
export function PausesThisWeek({ entries, now, locale = pageLocale() }: PausesThisWeekProps) {
  const count = pausesThisWeek(entries, now, firstDayOfWeek(locale));
  const words = count === 0 ? t('pausesThisWeekNone') : count === 1 ? t('pausesThisWeekOne') : t('pausesThisWeekOther', String(count));
  return <p class="insights-pauses">{words}</p>;
}
