import type { Preferences } from '../core/preferences';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { reminderStatus } from '../core/reminders/status';
import { describeStatus } from '../ui/describe-status';
import { messagesLanguage } from '../ui/i18n';

/**
 * "Next pause at 2:40 PM · in 23 min" once the worker's schedule has been read; empty before.
 * Other states (off, paused, away) are left to the popup: a new tab shouldn't greet anyone
 * with "reminders are off".
 */
export function nextPauseText(reminders: Preferences['reminders'], schedule: ScheduleState | undefined, now: number): string {
  const status = schedule && reminderStatus(now, reminders, schedule);
  return status && (status.kind === 'next' || status.kind === 'snoozed') ? describeStatus(status, now) : '';
}

/** The time now, in the person's language. */
export function clockText(now: number): string {
  return new Date(now).toLocaleTimeString(messagesLanguage(), { hour: 'numeric', minute: '2-digit' });
}
