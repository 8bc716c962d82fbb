import type { WeekAtAGlance } from '../core/reflections/weeks';
import { t } from '../ui/i18n';

/** "Apr 13 – 19" in the locale's words; the last of the four is "This week, …". */
export function weekLabels(weeks: readonly WeekAtAGlance[], locale: string): string[] {
  const dates = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  return weeks.map((week, index) => {
    const range = dates.formatRange(week.days[0] ?? 0, week.days[6] ?? 0);
    return index === weeks.length - 1 ? t('fourWeeksThisWeek', range) : range;
  });
}

/** The days of a week as the locale shortens them ("Monday", "Mon" or "M" …). */
export function weekdayNames(week: WeekAtAGlance, locale: string, width: 'long' | 'short' | 'narrow'): string[] {
  const names = new Intl.DateTimeFormat(locale, { weekday: width });
  return week.days.map((day) => names.format(day));
}

export const totalPauses = (week: WeekAtAGlance) => week.pausesPerDay.reduce((sum, count) => sum + count, 0);
