import type { CarriedAnswers } from '../core/carried-answers';
import { pausePagePath, type PauseRequest } from '../core/pause-request';
import { PAUSE_WINDOW_INNER } from '../core/pause-window-size';
import type { ReminderPreferences } from '../core/reminders/active-windows';
import { invitationAt } from '../core/reminders/invitations';
import type { ReminderResponse } from '../core/reminders/reminder-events';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { badgeFor, reminderStatus } from '../core/reminders/status';
import { alarmChange, alarmTimeFor } from '../core/reminders/transitions';
import { CARRIED_ANSWERS_KEY, PAUSE_WINDOW_KEY } from '../core/storage-keys';
import { setBadge } from '../platform/action';
import { alarmTime, clearAlarm, setAlarmAt } from '../platform/alarms';
import { getMessage } from '../platform/i18n';
import { clearNotification, showNotification } from '../platform/notifications';
import { readItems, writeItems } from '../platform/storage';
import { focusedWindowIsFullscreen, focusPageWindow, openPageWindow, someTabIsAudible } from '../platform/windows';
import { createWriteQueue } from '../platform/write-queue';
import { saveTransition } from './reminder-store';
import { shareTakenPause } from './shared-pause';

export const REMINDER_ALARM = 'kindly-pause';
export const REMINDER_NOTIFICATION = 'kindly-pause';
/** A test reminder has a notification of its own: its clicks open a test pause. */
export const TEST_REMINDER_NOTIFICATION = 'kindly-test-reminder';

/** The one alarm and the badge always follow the stored schedule. */
export async function applySchedule(reminders: ReminderPreferences, state: ScheduleState, now: number): Promise<void> {
  const change = alarmChange(await alarmTime(REMINDER_ALARM), alarmTimeFor(reminders, state, now), now);
  if (change === 'clear') await clearAlarm(REMINDER_ALARM);
  else if (change !== 'keep') await setAlarmAt(REMINDER_ALARM, change.set);
  await showBadge(reminders, state, now);
}

/** When the schedule couldn't even be read: the alarm rings again then, to try once more. */
export function retryAt(when: number): Promise<void> {
  return setAlarmAt(REMINDER_ALARM, when).catch(() => undefined);
}

/** Does what the event's response asks for; returns the schedule as it stands afterwards. */
export async function applyResponse(reminders: ReminderPreferences, response: ReminderResponse): Promise<ScheduleState> {
  if (response.clear) await clearReminder();
  if (response.sharePause !== undefined) await shareTakenPause(response.sharePause);
  if (!response.show || (await showReminder(reminders, response.state))) return response.state;
  // The notification could not be shown: say so, and let the badge carry reminders.
  const blocked = { ...response.state, notificationsBlocked: true };
  await saveTransition({ state: blocked, log: [] });
  return blocked;
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

/** One open at a time, even when a reminder, the shortcut and the popup ask at once. */
const oneWindowAtATime = createWriteQueue();

/** The pause window that is open, as the worker noted it when it opened (storage.session). */
async function openPauseWindowRecord(): Promise<{ id: number; path: string } | undefined> {
  const stored = (await readItems('session', [PAUSE_WINDOW_KEY]))[PAUSE_WINDOW_KEY] as { id?: unknown; path?: unknown } | undefined;
  return typeof stored?.id === 'number' && typeof stored.path === 'string' ? { id: stored.id, path: stored.path } : undefined;
}

/**
 * The pause window: a one-minute breathing pause, a given exercise from a given step, or a test
 * reminder's pause. Only one is ever open: asked again, the open one comes to the front, showing
 * what was asked for when that was an exercise or the window held a test. A popped-out exercise's
 * answers wait in storage.session (memory only, never in the address) for the page to read.
 */
export function openPauseWindow(request: PauseRequest = {}, answers?: CarriedAnswers): Promise<void> {
  return oneWindowAtATime(async () => {
    const path = pausePagePath(request);
    if (answers && request.exercise !== undefined) await writeItems('session', { set: { [CARRIED_ANSWERS_KEY]: { exercise: request.exercise, answers } } });
    else await writeItems('session', { remove: [CARRIED_ANSWERS_KEY] });
    const open = await openPauseWindowRecord();
    if (open) {
      const replace = request.exercise !== undefined || request.test === true || open.path.includes('test=1');
      // Answers arrive with a fresh load, even on the step the window already shows.
      const showing = replace && (open.path !== path || answers !== undefined) ? path : undefined;
      if (await focusPageWindow(open.id, showing)) {
        if (showing) await writeItems('session', { set: { [PAUSE_WINDOW_KEY]: { id: open.id, path } } });
        return;
      }
    }
    // Asked for the page's own size; the page adds its frame once it can measure it (pause-window-size.ts).
    const id = await openPageWindow(path, PAUSE_WINDOW_INNER);
    if (id !== undefined) await writeItems('session', { set: { [PAUSE_WINDOW_KEY]: { id, path } } });
  });
}

/** The pause window was closed: the next request opens a new one. */
export async function pauseWindowClosed(windowId: number): Promise<void> {
  if ((await openPauseWindowRecord())?.id === windowId) await writeItems('session', { remove: [PAUSE_WINDOW_KEY, CARRIED_ANSWERS_KEY] });
}

/**
 * Shows a reminder in the style the person chose. Returns false if notifications failed. Where
 * notifications have no buttons (Firefox), its words say that a click starts the pause.
 */
export async function showReminder(reminders: ReminderPreferences, state: ScheduleState, test = false): Promise<boolean> {
  if (reminders.style === 'window') {
    await openPauseWindow({ test });
    return true;
  }
  if (reminders.style === 'badge' || (state.notificationsBlocked && !test)) return true;
  const invitation = getMessage(invitationAt(state.lastInvitation));
  try {
    await showNotification(test ? TEST_REMINDER_NOTIFICATION : REMINDER_NOTIFICATION, {
      title: getMessage(test ? 'reminderTestTitle' : 'reminderTitle'),
      message: invitation,
      messageWithoutButtons: `${invitation} ${getMessage('reminderClickToPause')}`,
      buttons: [getMessage('reminderTakePause'), getMessage('reminderSnooze15')],
      silent: !reminders.sound,
    });
    return true;
  } catch {
    return false;
  }
}

/** A test reminder, in the person's style; for badge-only, the dot until the schedule next changes. */
export async function showTestReminder(reminders: ReminderPreferences, state: ScheduleState): Promise<boolean> {
  if (reminders.style !== 'badge') return showReminder(reminders, state, true);
  await setBadge(getMessage('badgeReminder'), getMessage('badgeTitleReminder'));
  return true;
}

export function clearReminder(): Promise<void> {
  return clearNotification(REMINDER_NOTIFICATION);
}
