import type { ReminderPreferences } from '../core/reminders/active-windows';
import { invitationAt } from '../core/reminders/invitations';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { badgeFor, reminderStatus } from '../core/reminders/status';
import { alarmTimeFor } from '../core/reminders/transitions';
import { setBadge } from '../platform/action';
import { clearAlarm, setAlarmAt } from '../platform/alarms';
import { getMessage } from '../platform/i18n';
import { clearNotification, showNotification } from '../platform/notifications';
import { focusedWindowIsFullscreen, openPageWindow, someTabIsAudible } from '../platform/windows';

export const REMINDER_ALARM = 'kindly-pause';
export const REMINDER_NOTIFICATION = 'kindly-pause';
export const PAUSE_WINDOW_SIZE = { width: 440, height: 600 };

/** The one alarm and the badge always follow the stored schedule. */
export async function applySchedule(reminders: ReminderPreferences, state: ScheduleState, now: number): Promise<void> {
  const when = alarmTimeFor(reminders, state, now);
  await (when === null ? clearAlarm(REMINDER_ALARM) : setAlarmAt(REMINDER_ALARM, when));
  await showBadge(reminders, state, now);
}

function clock(time: number): string {
  return new Date(time).toLocaleTimeString(getMessage('htmlLang') || 'en', { hour: 'numeric', minute: '2-digit' });
}

async function showBadge(reminders: ReminderPreferences, state: ScheduleState, now: number): Promise<void> {
  const status = reminderStatus(now, reminders, state);
  switch (badgeFor(status, reminders, state)) {
    case 'paused':
      return setBadge(
        getMessage('badgePaused'),
        status.kind === 'paused' && status.until !== undefined ? getMessage('badgeTitlePausedUntil', clock(status.until)) : getMessage('badgeTitlePaused'),
      );
    case 'snoozed':
      return setBadge(getMessage('badgeSnoozed'), status.kind === 'snoozed' ? getMessage('badgeTitleSnoozedUntil', clock(status.until)) : '');
    case 'reminder':
      return setBadge(getMessage('badgeReminder'), getMessage('badgeTitleReminder'));
    case 'none':
      return setBadge('', getMessage('actionTitle'));
  }
}

/** Fullscreen (a film, a presentation) or, if the person asked, sound playing: not now. */
export async function personIsBusy(reminders: ReminderPreferences): Promise<boolean> {
  const [fullscreen, audible] = await Promise.all([
    reminders.waitDuringFullscreen ? focusedWindowIsFullscreen() : false,
    reminders.waitDuringAudio ? someTabIsAudible() : false,
  ]);
  return fullscreen || audible;
}

/** The pause window: a one-minute breathing pause, or a given exercise from a given step. */
export function openPauseWindow(exercise?: { id: string; step?: number }): Promise<void> {
  const query = exercise ? `?${new URLSearchParams({ exercise: exercise.id, step: String(exercise.step ?? 0) }).toString()}` : '';
  return openPageWindow(`pause.html${query}`, PAUSE_WINDOW_SIZE);
}

/** Shows a reminder in the style the person chose. Returns false if notifications failed. */
export async function showReminder(reminders: ReminderPreferences, state: ScheduleState): Promise<boolean> {
  if (reminders.style === 'window') {
    await openPauseWindow();
    return true;
  }
  if (reminders.style === 'badge' || state.notificationsBlocked) return true;
  try {
    await showNotification(REMINDER_NOTIFICATION, {
      title: getMessage('reminderTitle'),
      message: getMessage(invitationAt(state.lastInvitation)),
      buttons: [getMessage('reminderTakePause'), getMessage('reminderSnooze15')],
      silent: !reminders.sound,
    });
    return true;
  } catch {
    return false;
  }
}

/** For a test reminder in badge-only style: the dot, until the next change of schedule. */
export function showTestBadge(): Promise<void> {
  return setBadge(getMessage('badgeReminder'), getMessage('badgeTitleReminder'));
}

export function clearReminder(): Promise<void> {
  return clearNotification(REMINDER_NOTIFICATION);
}
