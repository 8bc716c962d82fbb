import type { ReminderStatus } from '../core/reminders/status';
import { MINUTE } from '../core/time';
import { messagesLanguage, t } from './i18n';

function clock(time: number): string {
  return new Date(time).toLocaleTimeString(messagesLanguage(), { hour: 'numeric', minute: '2-digit' });
}

function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

function dayName(time: number): string {
  return new Date(time).toLocaleDateString(messagesLanguage(), { weekday: 'long' });
}

/** "Next pause at 10:40 AM · in 23 min", and the other states, in plain words. */
export function describeStatus(status: ReminderStatus, now: number): string {
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
      return sameLocalDay(status.until, now) ? t('statusPausedUntil', clock(status.until)) : t('statusPausedUntilDay', dayName(status.until), clock(status.until));
    case 'next': {
      if (!sameLocalDay(status.at, now)) return t('statusNextDay', dayName(status.at), clock(status.at));
      const minutes = Math.round((status.at - now) / MINUTE);
      return minutes < 1 ? t('statusNextNow', clock(status.at)) : t('statusNext', clock(status.at), String(minutes));
    }
  }
}
