import { summarizeActiveDays } from '../core/active-days';
import type { Preferences } from '../core/preferences';
import { messagesLanguage, t } from './i18n';

/** "09:00" as the reader's locale writes a time of day, e.g. "9:00 AM". */
export function formatClockTime(hhmm: string, language = messagesLanguage()): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return new Date(2000, 0, 3, hours, minutes).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' });
}

/** The days of a week Monday first, as most working weeks are written; stored as Date#getDay numbers (0 is Sunday). */
export const mondayFirstWeek = [1, 2, 3, 4, 5, 6, 0] as const;

/** A day of the week (as Date#getDay numbers it) by its whole name in the reader's language. */
export function dayName(day: number, language = messagesLanguage()): string {
  // 2000-01-02 was a Sunday, so day 0 of that week lines up with Date#getDay.
  return new Date(2000, 0, 2 + day).toLocaleDateString(language, { weekday: 'long' });
}

export function formatActiveDays(days: readonly number[], language = messagesLanguage()): string {
  const summary = summarizeActiveDays(days);
  switch (summary.kind) {
    case 'every-day':
      return t('daysEveryDay');
    case 'weekdays':
      return t('daysWeekdays');
    case 'weekend':
      return t('daysWeekend');
    case 'none':
      return '';
    case 'list':
      return t('daysList', new Intl.ListFormat(language).format(summary.days.map((day) => dayName(day, language))));
  }
}

/** One sentence describing when mindful pauses come. */
export function describeRhythm(reminders: Preferences['reminders']): string {
  if (!reminders.enabled) return t('remindersOff');
  if (reminders.activeDays.length === 0) return t('remindersNoDays');
  return t(
    'remindersRhythm',
    String(reminders.everyMinutes),
    formatClockTime(reminders.activeFrom),
    formatClockTime(reminders.activeUntil),
    formatActiveDays(reminders.activeDays),
  );
}
