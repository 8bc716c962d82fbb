import type { PreferencesArea } from '../preferences-area';
import type { ReminderPreferences } from './active-windows';
import type { ScheduleState } from './schedule-state';
import * as transitions from './transitions';

/*
 * Everything the worker hears about reminders, and what it does about each, as one pure
 * function: the worker only loads the context, asks the platform what an event needs to know
 * (is the person busy, may notifications show), stores what comes back and applies it. The
 * simulated week (test/core/reminders/simulated-week.test.ts) drives this same function.
 */
export type ReminderEvent =
  /** The worker started: make the alarm and badge match what is stored. */
  | { kind: 'started' }
  | { kind: 'browser-started' }
  /** Idle for the natural-break length (`idleForMs` ago), or locked (0). */
  | { kind: 'went-away'; idleForMs: number }
  | { kind: 'came-back' }
  /** The alarm rang, set for `scheduledTime`. */
  | { kind: 'alarm'; scheduledTime: number; busy: boolean; notificationsAllowed: boolean }
  /** A pause page opened here: a pause is being taken. */
  | { kind: 'pause-opened' }
  | { kind: 'snooze'; minutes: transitions.SnoozeMinutes }
  /** The reminder notification was closed without an answer. */
  | { kind: 'dismissed' }
  /** "Not now" in the popup, for the reminder that is waiting. */
  | { kind: 'not-now' }
  | { kind: 'pause-reminders'; length: transitions.PauseLength }
  | { kind: 'resume' }
  | { kind: 'preferences-changed'; before: ReminderPreferences }
  /** The person's other browser took a pause at `at` (through sync). */
  | { kind: 'pause-taken-elsewhere'; at: number }
  /** A test reminder found whether notifications can show; nothing else about it counts. */
  | { kind: 'notifications-checked'; allowed: boolean };

export interface ReminderContext {
  reminders: ReminderPreferences;
  state: ScheduleState;
  /** Where this device keeps preferences; other browsers hear of pauses only through sync. */
  area: PreferencesArea;
}

export interface ReminderResponse extends transitions.Transition {
  /** Show the reminder now, in the style the person chose. */
  show: boolean;
  /** Take down the reminder notification, if one is up. */
  clear: boolean;
  /** Tell the person's other browsers, through sync, that a pause was taken at this time. */
  sharePause?: number;
}

export function respondTo(event: ReminderEvent, { reminders, state, area }: ReminderContext, now: number, invitationCount: number): ReminderResponse {
  // A reminder that an event answers (a pause taken in another browser, a fresh start) comes
  // down with it: left on screen, it would say a pause is waiting while the popup says none is.
  const quiet = (transition: transitions.Transition, clear = false): ReminderResponse => ({
    ...transition,
    show: false,
    clear: clear || (state.shownAt !== undefined && transition.state.shownAt === undefined),
  });
  switch (event.kind) {
    case 'started':
      return quiet({ state, log: [] });
    case 'browser-started':
      return quiet(transitions.browserStarted(state, now));
    case 'went-away':
      return quiet(transitions.wentAway(state, now, event.idleForMs));
    case 'came-back': {
      const back = transitions.cameBack(state, now);
      // A reminder that was up while they were away is answered by the rest they took.
      return quiet(back, true);
    }
    case 'alarm': {
      const blocked = reminders.style === 'notification' && !event.notificationsAllowed;
      const checked = blocked === !!state.notificationsBlocked ? state : { ...state, notificationsBlocked: blocked };
      const result = transitions.alarmFired(checked, reminders, now, event.busy, invitationCount, event.scheduledTime);
      return { state: result.state, log: result.log, show: result.decision === 'show', clear: result.decision === 'skip' };
    }
    case 'pause-opened':
      return { ...transitions.pauseTaken(state, now), show: false, clear: true, ...(area === 'sync' && { sharePause: now }) };
    case 'snooze':
      return quiet(transitions.snoozed(state, reminders, now, event.minutes), true);
    case 'dismissed':
      return quiet(transitions.dismissed(state, now));
    case 'not-now':
      return quiet(transitions.notNow(state, reminders, now), true);
    case 'pause-reminders':
      return quiet(transitions.remindersPaused(state, reminders, now, event.length), true);
    case 'resume':
      return quiet(transitions.remindersResumed(state, now));
    case 'preferences-changed':
      return quiet(transitions.preferencesChanged(state, event.before, reminders, now));
    case 'pause-taken-elsewhere':
      // A device keeping to itself (preferences here only) keeps its own rhythm.
      return quiet(area === 'sync' ? transitions.pauseTakenElsewhere(state, event.at, now) : { state, log: [] });
    case 'notifications-checked':
      return quiet({ state: event.allowed === !state.notificationsBlocked ? state : { ...state, notificationsBlocked: !event.allowed }, log: [] });
  }
}
