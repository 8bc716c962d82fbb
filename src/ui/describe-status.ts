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

/** 'compact' for a narrow line (the popup's): another day short ("Wed"), no "in 536 min". */
export type StatusForm = 'full' | 'compact';

function dayName(time: number, form: StatusForm): string {
  return new Date(time).toLocaleDateString(messagesLanguage(), { weekday: form === 'compact' ? 'short' : 'long' });
}

/**
 * "Next pause at 10:40 AM · in 23 min", and the other states, in plain words.
 */
export function describeStatus(status: ReminderStatus, now: number, form: StatusForm = 'full'): string {
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
      return sameLocalDay(status.until, now) ? t('statusPausedUntil', clock(status.until)) : t('statusPausedUntilDay', dayName(status.until, form), clock(status.until));
    case 'next': {
      if (!sameLocalDay(status.at, now)) return t('statusNextDay', dayName(status.at, form), clock(status.at));
      const minutes = Math.round((status.at - now) / MINUTE);
      if (minutes < 1) return t('statusNextNow', clock(status.at));
      // An hour or more away, the time says enough; a short line says only that.
      return form === 'compact' && minutes >= 60 ? t('statusNextAt', clock(status.at)) : t('statusNext', clock(status.at), String(minutes));
    }
  }
}
