import type { ReminderStatus } from '../core/reminders/status';
import { MINUTE } from '../core/time';
import { messagesLanguage, t } from './i18n';

/** "10:00 AM", kept on one line: the day period never wraps onto a line of its own. */
function clock(time: number): string {
  return new Date(time).toLocaleTimeString(messagesLanguage(), { hour: 'numeric', minute: '2-digit' }).replace(/\s/g, '\u00a0');
}

function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

type Weekday = 'long' | 'short';

function dayName(time: number, weekday: Weekday): string {
  return new Date(time).toLocaleDateString(messagesLanguage(), { weekday });
}

/**
 * "Next pause at 10:40 AM · in 23 min", and the other states, in plain words. The popup's
 * narrow line names another day short ("Wed") and leaves out "in 536 min".
 */
export function describeStatus(status: ReminderStatus, now: number, weekday: Weekday = 'long'): string {
  switch (status.kind) {
    case 'off':
      return t('remindersOff');
    case 'away':
      return t('statusAway');
    case 'waiting':
      return t('statusWaiting');
    case 'no-active-time':
      return t('statusNoActiveTime');
    case 'snoozed':
      return t('statusSnoozed', clock(status.until));
    case 'paused':
      if (status.until === undefined) return t('statusPausedUntilResumed');
      return sameLocalDay(status.until, now) ? t('statusPausedUntil', clock(status.until)) : t('statusPausedUntilDay', dayName(status.until, weekday), clock(status.until));
    case 'next': {
      if (!sameLocalDay(status.at, now)) return t('statusNextDay', dayName(status.at, weekday), clock(status.at));
      const minutes = Math.round((status.at - now) / MINUTE);
      if (minutes < 1) return t('statusNextNow', clock(status.at));
      // An hour or more away, the time says enough; a short line says only that.
      return weekday === 'short' && minutes >= 60 ? t('statusNextAt', clock(status.at)) : t('statusNext', clock(status.at), String(minutes));
    }
  }
}
