import { plannedPauseAt } from '../core/reminders/next-pause';
import { invitations } from '../core/reminders/invitations';
import type { ReminderPreferences } from '../core/reminders/active-windows';
import type { Transition } from '../core/reminders/transitions';
import * as transitions from '../core/reminders/transitions';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import { notificationsAllowed } from '../platform/notifications';
import { setIdleThreshold, type IdleState } from '../platform/idle';
import { track } from '../platform/test-hooks';
import { createWriteQueue } from '../platform/write-queue';
import { loadReminderContext, saveTransition, type ReminderContext } from './reminder-store';
import { applySchedule, clearReminder, openPauseWindow, personIsBusy, showReminder, showTestBadge } from './reminder-effects';
import { shareTakenPause } from './shared-pause';

/*
 * Each event runs alone, start to finish: read the schedule, ask core what changes, store it
 * in one write, then set the alarm and badge to match. Two events in the same tick can't lose
 * each other's changes, and a worker stopped midway leaves a consistent schedule behind.
 */
const exclusive = createWriteQueue();

type Step = (context: ReminderContext, now: number) => Promise<Transition> | Transition;

function handle(step: Step, after?: (context: ReminderContext, transition: Transition, now: number) => Promise<void> | void): Promise<void> {
  const now = Date.now();
  return track(
    exclusive(async () => {
      const context = await loadReminderContext(now);
      const transition = await step(context, now);
      if (transition.state !== context.state || transition.log.length > 0 || context.fresh) await saveTransition(transition);
      await after?.(context, transition, now);
      await applySchedule(context.reminders, transition.state, now);
    }),
  );
}

const unchanged: Step = ({ state }) => ({ state, log: [] });

/** Every worker start: make the alarm, badge and idle threshold match what is stored. */
export function reconcile(): Promise<void> {
  return handle(unchanged, ({ reminders }) => setIdleThreshold(reminders.naturalBreakMinutes * 60));
}

export const browserStarted = () => handle(({ state }, now) => transitions.browserStarted(state, now));

export function idleStateChanged(idle: IdleState): Promise<void> {
  if (idle === 'active') return handle(({ state }, now) => transitions.cameBack(state, now), clearReminderIfAnswered);
  return handle(({ state, reminders }, now) => transitions.wentAway(state, now, idle === 'idle' ? reminders.naturalBreakMinutes * 60_000 : 0));
}

async function clearReminderIfAnswered(_context: ReminderContext, transition: Transition): Promise<void> {
  if (transition.state.shownAt === undefined) await clearReminder();
}

export function alarmFired(): Promise<void> {
  let decision: transitions.AlarmDecision = 'nothing';
  return handle(
    async ({ state, reminders }, now) => {
      const due = plannedPauseAt(reminders, state);
      const busy = due !== null && due <= now + 1_000 ? await personIsBusy(reminders) : false;
      const blocked = reminders.style === 'notification' ? !(await notificationsAllowed()) : false;
      const result = transitions.alarmFired({ ...state, notificationsBlocked: blocked }, reminders, now, busy, invitations.length);
      decision = result.decision;
      return result;
    },
    async ({ reminders }, transition) => {
      if (decision === 'skip') await clearReminder();
      if (decision !== 'show') return;
      if (!(await showReminder(reminders, transition.state))) {
        // The notification could not be shown: say so, and let the badge carry reminders.
        await saveTransition({ state: { ...transition.state, notificationsBlocked: true }, log: [] });
        transition.state = { ...transition.state, notificationsBlocked: true };
      }
    },
  );
}

/** The pause page opened: a pause is being taken, wherever it was started from. */
export const pauseOpened = () =>
  handle(({ state }, now) => transitions.pauseTaken(state, now), async ({ area }, _transition, now) => {
    await clearReminder();
    // Kept on this device only: nothing about it, pauses included, goes through sync.
    if (area === 'sync') await shareTakenPause(now);
  });

export const snooze = (minutes: transitions.SnoozeMinutes) =>
  handle(({ state }, now) => transitions.snoozed(state, now, minutes), async () => clearReminder());

export const reminderDismissed = () => handle(({ state }, now) => transitions.dismissed(state, now));

export function runMessage(message: WorkerMessage): Promise<void> {
  switch (message.kind) {
    case 'snooze':
      return snooze(message.minutes);
    case 'pause-reminders':
      return handle(({ state, reminders }, now) => transitions.remindersPaused(state, reminders, now, message.length), async () => clearReminder());
    case 'resume':
      return handle(({ state }, now) => transitions.remindersResumed(state, now));
    case 'start-pause':
      return openPauseWindow(message.exercise === undefined ? undefined : { id: message.exercise, step: message.step });
    case 'pause-opened':
      return pauseOpened();
    case 'test-reminder':
      return testReminder();
  }
}

/** A reminder as the person will see it, in their chosen style; the rhythm is left alone. */
async function testReminder(): Promise<void> {
  let badgeOnly = false;
  await handle(
    async ({ state, reminders }) => {
      badgeOnly = reminders.style === 'badge';
      const blocked = reminders.style === 'notification' ? !(await notificationsAllowed()) : false;
      return { state: blocked === (state.notificationsBlocked ?? false) ? state : { ...state, notificationsBlocked: blocked }, log: [] };
    },
    async ({ reminders }, transition) => {
      if (await showReminder(reminders, transition.state)) return;
      transition.state = { ...transition.state, notificationsBlocked: true };
      await saveTransition(transition);
    },
  );
  if (badgeOnly) await showTestBadge();
}

export function preferencesChanged(before: ReminderPreferences): Promise<void> {
  return handle(
    ({ state, reminders }, now) => transitions.preferencesChanged(state, before, reminders, now),
    ({ reminders }) => setIdleThreshold(reminders.naturalBreakMinutes * 60),
  );
}

/** Another browser took a pause; a device keeping to itself (preferences here only) keeps its own rhythm. */
export const pauseTakenElsewhere = (at: number) =>
  handle(({ state, area }, now) => (area === 'sync' ? transitions.pauseTakenElsewhere(state, at, now) : { state, log: [] }));
