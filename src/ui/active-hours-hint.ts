import { t } from './i18n';
import { formatClockTime } from './format';

/**
 * What an active-hours window means when it isn't plain: an end before the start crosses
 * midnight (from 22:00 until 06:00 is eight hours, not sixteen), and the same time at both ends
 * is the whole day. Said under the end time on Options and the welcome page alike.
 */
export function activeHoursHint(from: string, until: string): string | undefined {
  if (until < from) return t('fieldHoursOvernight', formatClockTime(from), formatClockTime(until));
  if (until === from) return t('fieldHoursAllDay');
  return undefined;
}
