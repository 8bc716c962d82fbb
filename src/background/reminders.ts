import { invitations } from '../core/reminders/invitations';
import { plannedPauseAt } from '../core/reminders/next-pause';
import { respondTo, type ReminderContext, type ReminderEvent } from '../core/reminders/reminder-events';
import type { ScheduleState } from '../core/reminders/schedule-state';
import type { PauseLength, SnoozeMinutes } from '../core/reminders/transitions';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import { MINUTE } from '../core/time';
import { setIdleThreshold, type IdleState } from '../platform/idle';
import { notificationsAllowed } from '../platform/notifications';
import { track } from '../platform/test-hooks';
import { createWriteQueue } from '../platform/write-queue';
import { applyResponse, applySchedule, openPauseWindow, personIsBusy, retryAt, showTestReminder } from './reminder-effects';
import { clearReminderProblem, keepReminderProblem, loadReminderContext, saveTransition } from './reminder-store';

/*
 * Each event runs alone, start to finish: read the schedule, ask core what the event changes
 * (respondTo), store that in one write, do what it says, and set the alarm and badge to match.
 * Two events in the same tick can't lose each other's changes, a worker stopped midway leaves a
 * consistent schedule behind, and whatever throws on the way, the alarm is set again at the end.
 */
const exclusive = createWriteQueue();

/** An event, or what the worker must find out about the moment before it knows the event. */
type Happening = ReminderEvent | ((context: ReminderContext, now: number) => Promise<ReminderEvent>);

function handle(happening: Happening): Promise<void> {
  const now = Date.now();
  return track(exclusive(() => run(happening, now)));
}

async function run(happening: Happening, now: number): Promise<void> {
  let context: Awaited<ReturnType<typeof loadReminderContext>>;
  try {
    context = await loadReminderContext(now);
  } catch (error) {
    // Nothing could be read: look again in a minute rather than stop reminding.
    await keepReminderProblem(now, error);
    await retryAt(now + MINUTE);
    return;
  }
  let state: ScheduleState = context.state;
  let problem: unknown;
  try {
    const event = typeof happening === 'function' ? await happening(context, now) : happening;
    const response = respondTo(event, context, now, invitations.length);
    state = response.state;
    // Storing can fail (this device's storage full): the reminder still shows and the rhythm
    // goes on as decided; only this event's record is lost.
    if (response.state !== context.state || response.log.length > 0 || context.fresh) {
      try {
        await saveTransition(response, context.history, now);
      } catch (error) {
        problem = error;
      }
    }
    state = await applyResponse(context.reminders, response);
    if (event.kind === 'started' || event.kind === 'preferences-changed') setIdleThreshold(context.reminders.naturalBreakMinutes * 60);
  } catch (error) {
    problem ??= error;
  } finally {
    await applySchedule(context.reminders, state, now);
  }
  if (problem !== undefined) await keepReminderProblem(now, problem);
  else if (context.problem) await clearReminderProblem();
}

/** Every worker start: make the alarm, badge and idle threshold match what is stored. */
export const reconcile = () => handle({ kind: 'started' });

export const browserStarted = () => handle({ kind: 'browser-started' });

export function idleStateChanged(idle: IdleState): Promise<void> {
  if (idle === 'active') return handle({ kind: 'came-back' });
  return handle(({ reminders }) => Promise.resolve({ kind: 'went-away', idleForMs: idle === 'idle' ? reminders.naturalBreakMinutes * MINUTE : 0 }));
}

export const alarmFired = (scheduledTime: number) =>
  handle(async ({ reminders, state }, now) => {
    const due = plannedPauseAt(reminders, state);
    const busy = due !== null && due <= now + 1_000 ? await personIsBusy(reminders) : false;
    const allowed = reminders.style === 'notification' ? await notificationsAllowed() : true;
    return { kind: 'alarm', scheduledTime, busy, notificationsAllowed: allowed };
  });

export const pauseOpened = () => handle({ kind: 'pause-opened' });
export const snooze = (minutes: SnoozeMinutes) => handle({ kind: 'snooze', minutes });
export const reminderDismissed = () => handle({ kind: 'dismissed' });
const pauseReminders = (length: PauseLength) => handle({ kind: 'pause-reminders', length });
export const preferencesChanged = (before: ReminderContext['reminders']) => handle({ kind: 'preferences-changed', before });
export const pauseTakenElsewhere = (at: number) => handle({ kind: 'pause-taken-elsewhere', at });

/**
 * A reminder as the person will see it, in their chosen style, marked as a test: it changes
 * neither the rhythm nor the record, here or in their other browsers. Whether notifications can
 * show is noted all the same, since that is what the person is finding out. In turn with the
 * other events, so it shows what the preferences say once a change to them has been followed.
 */
function testReminder(): Promise<void> {
  return track(
    exclusive(async () => {
      const { reminders, state } = await loadReminderContext(Date.now());
      const allowed = reminders.style !== 'notification' || (await notificationsAllowed());
      const shown = allowed && (await showTestReminder(reminders, state));
      if (reminders.style === 'notification') await run({ kind: 'notifications-checked', allowed: shown }, Date.now());
    }),
  );
}

export function runMessage(message: WorkerMessage): Promise<void> {
  switch (message.kind) {
    case 'snooze':
      return snooze(message.minutes);
    case 'pause-reminders':
      return pauseReminders(message.length);
    case 'resume':
      return handle({ kind: 'resume' });
    case 'not-now':
      return handle({ kind: 'not-now' });
    case 'start-pause':
      return track(openPauseWindow(message.exercise === undefined ? {} : { exercise: message.exercise, step: message.step ?? 0 }, message.answers));
    case 'pause-opened':
      return pauseOpened();
    case 'test-reminder':
      return testReminder();
  }
}
