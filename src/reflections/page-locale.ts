import { messagesLanguage } from '../ui/i18n';

/** The locale for dates, weekdays and the first day of the week: the browser's, else the messages'. */
export function pageLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || messagesLanguage();
}
