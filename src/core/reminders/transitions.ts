import { MINUTE } from '../time';
import { activeWindowsFrom, nextDaysWindowStart, type ReminderPreferences } from './active-windows';
import { plannedPauseAt, restartedAt } from './next-pause';
import type { PauseLogEntry } from './pause-log';
import type { ScheduleState } from './schedule-state';

/*
 * Everything that can happen to the schedule, as pure functions: (state, event, now) -> new
 * state plus the neutral log entries it produces. The worker stores both in one write.
 */
export interface Transition {
  state: ScheduleState;
  log: PauseLogEntry[];
}

/**
 * An alarm that rings more than this after the time it was set for fell due while the machine
 * slept or the browser was closed. It allows for Chrome's 30-second floor on alarms of packed
 * extensions and for Firefox's own delays: a reminder a little late is still shown.
 */
export const STALE_AFTER_MS = 2 * MINUTE;
/** How long a reminder waits when the person is in fullscreen or listening, before checking again. */
export const DEFER_MS = 3 * MINUTE;
/** After a preference change makes a reminder due, it still waits this long. */
export const SETTLE_MS = MINUTE;

export const snoozeMinutes = [5, 15, 30] as const;
export type SnoozeMinutes = (typeof snoozeMinutes)[number];
export const pauseLengths = ['hour', 'tomorrow', 'until-resumed'] as const;
export type PauseLength = (typeof pauseLengths)[number];

function withoutReminder(state: ScheduleState): ScheduleState {
  const { shownAt: _shown, snoozedUntil: _snooze, notBefore: _notBefore, ...rest } = state;
  return rest;
}

function answered(state: ScheduleState, now: number, outcome: PauseLogEntry['outcome']): PauseLogEntry[] {
  return state.shownAt === undefined ? [] : [{ at: now, outcome }];
}

/** Browser start: a fresh rhythm from now. A pause the person chose carries on. */
export function browserStarted(state: ScheduleState, now: number): Transition {
  return { state: withoutReminder(restartedAt(state, now)), log: [] };
}

/** Idle for the natural-break length, or locked: the person is away. */
export function wentAway(state: ScheduleState, now: number, idleForMs: number): Transition {
  if (state.awaySince !== undefined) return { state, log: [] };
  return { state: { ...state, awaySince: Math.max(0, now - idleForMs) }, log: [] };
}

/** Back from being away: that was rest. One neutral entry, and the rhythm starts again. */
export function cameBack(state: ScheduleState, now: number): Transition {
  if (state.awaySince === undefined) return { state, log: [] };
  const awayMinutes = Math.max(0, Math.round((now - state.awaySince) / MINUTE));
  return { state: withoutReminder(restartedAt(state, now)), log: [{ at: now, outcome: 'away', awayMinutes }] };
}

export type AlarmDecision = 'show' | 'wait' | 'skip' | 'nothing';

/** Whether `now` is still inside the active window that `time` falls in. */
function inActiveWindow(reminders: ReminderPreferences, time: number, now: number): boolean {
  for (const window of activeWindowsFrom(time, reminders)) return window.start <= time && now < window.end;
  return false;
}

/**
 * The reminder alarm went off, set for `scheduledTime`. Shows the reminder if it is due now;
 * waits if the person is in fullscreen or listening (`busy`); skips it if the alarm rang long
 * after its time (asleep, browser closed), starting the rhythm again instead of showing it late.
 * A skip records nothing: time away is known from idle and lock, not guessed from a late alarm
 * (after a restart the browser delivers alarms that were due while it was closed).
 */
export function alarmFired(
  state: ScheduleState,
  reminders: ReminderPreferences,
  now: number,
  busy: boolean,
  invitationCount: number,
  scheduledTime: number = now,
): Transition & { decision: AlarmDecision } {
  const planned = plannedPauseAt(reminders, state);
  if (planned === null || planned > now + 1_000) return { state, log: [], decision: 'nothing' };
  // Late is judged against when the alarm was meant to ring: one set again for an overdue pause
  // (the worker woke for something else first) rings late by the browser's own floor, not by
  // how long ago the pause fell due; and the worker sets its alarm from what it decided even
  // when storing that failed. Nor is a reminder shown once those active hours have ended.
  const meantFor = Math.max(planned, scheduledTime);
  if (now - meantFor > STALE_AFTER_MS || !inActiveWindow(reminders, meantFor, now)) {
    return { state: withoutReminder(restartedAt(state, now)), log: [], decision: 'skip' };
  }
  if (busy) return { state: { ...state, notBefore: now + DEFER_MS }, log: [], decision: 'wait' };
  const next = withoutReminder({ ...state, rhythmFrom: now });
  const lastInvitation = ((state.lastInvitation ?? -1) + 1) % Math.max(1, invitationCount);
  return {
    state: { ...next, shownAt: now, lastInvitation },
    log: answered(state, now, 'unanswered'),
    decision: 'show',
  };
}

/** The person took a pause (from a reminder, the popup, the shortcut, or another browser). */
export function pauseTaken(state: ScheduleState, now: number): Transition {
  return { state: withoutReminder({ ...state, rhythmFrom: now }), log: [{ at: now, outcome: 'taken' }] };
}

/** A reminder is showing, or due and about to ring. */
export function reminderWaiting(state: ScheduleState, reminders: ReminderPreferences, now: number): boolean {
  if (state.shownAt !== undefined) return true;
  const planned = plannedPauseAt(reminders, state);
  return planned !== null && planned <= now + 1_000;
}

/**
 * Snooze brings the waiting reminder back `minutes` later, inside active time (past it, the next
 * active window starts its usual rhythm). It only ever postpones: with no reminder waiting it
 * changes nothing, and records nothing.
 */
export function snoozed(state: ScheduleState, reminders: ReminderPreferences, now: number, minutes: SnoozeMinutes): Transition {
  if (!reminderWaiting(state, reminders, now)) return { state, log: [] };
  return {
    state: { ...withoutReminder({ ...state, rhythmFrom: now }), snoozedUntil: now + minutes * MINUTE },
    log: [{ at: now, outcome: 'snoozed' }],
  };
}

/**
 * "Not now" from the popup: the waiting reminder is answered, fine as it is. One that showed
 * keeps the rhythm it started; one that was due but not yet shown starts the rhythm from now.
 * With nothing waiting it changes nothing.
 */
export function notNow(state: ScheduleState, reminders: ReminderPreferences, now: number): Transition {
  if (!reminderWaiting(state, reminders, now)) return { state, log: [] };
  return { state: withoutReminder({ ...state, rhythmFrom: state.shownAt ?? now }), log: answered(state, now, 'dismissed') };
}

/** The reminder was closed without an answer: fine. The rhythm already runs from when it showed. */
export function dismissed(state: ScheduleState, now: number): Transition {
  if (state.shownAt === undefined) return { state, log: [] };
  const { shownAt: _shown, ...rest } = state;
  return { state: rest, log: [{ at: now, outcome: 'dismissed' }] };
}

export function remindersPaused(state: ScheduleState, reminders: ReminderPreferences, now: number, length: PauseLength): Transition {
  const until = length === 'hour' ? now + 60 * MINUTE : length === 'tomorrow' ? nextDaysWindowStart(now, reminders) : undefined;
  const pause = until === undefined ? ({ untilResumed: true } as const) : { until };
  return { state: { ...withoutReminder(state), pause }, log: [] };
}

export function remindersResumed(state: ScheduleState, now: number): Transition {
  const { pause: _pause, ...rest } = state;
  return { state: withoutReminder({ ...rest, rhythmFrom: now }), log: [] };
}

/** A pause taken in another of the person's browsers restarts the rhythm here too. */
export function pauseTakenElsewhere(state: ScheduleState, at: number, now: number): Transition {
  if (!(at > state.rhythmFrom) || at > now + MINUTE) return { state, log: [] };
  return { state: withoutReminder({ ...state, rhythmFrom: at }), log: [] };
}

/**
 * Preferences changed: the time already elapsed in the rhythm counts. Turning reminders back on
 * starts a fresh rhythm; a change that makes a reminder due right away leaves a minute's grace.
 */
export function preferencesChanged(state: ScheduleState, before: ReminderPreferences, after: ReminderPreferences, now: number): Transition {
  if (!before.enabled && after.enabled) return { state: withoutReminder({ ...state, rhythmFrom: now }), log: [] };
  const planned = plannedPauseAt(after, state);
  if (planned !== null && planned < now + SETTLE_MS) return { state: { ...state, notBefore: now + SETTLE_MS }, log: [] };
  return { state, log: [] };
}

/**
 * When the worker's one alarm should ring: at the planned reminder, or at the end of a pause
 * (so the badge can change), whichever is first; never before now.
 */
export function alarmTimeFor(reminders: ReminderPreferences, state: ScheduleState, now: number): number | null {
  const planned = plannedPauseAt(reminders, state);
  const pauseEnd = state.pause && 'until' in state.pause && state.pause.until > now ? state.pause.until : null;
  const times = [planned, pauseEnd].filter((time): time is number => time !== null);
  return times.length === 0 ? null : Math.max(now, Math.min(...times));
}

export type AlarmChange = { set: number } | 'keep' | 'clear';

/**
 * What to do with the one alarm, already set for `existing` (if at all), to ring at `wanted`.
 * An alarm set for a pause that is due now is kept: set again for "now", Chrome would hold a
 * packed extension's alarm back another 30 seconds each time the worker woke before it rang.
 */
export function alarmChange(existing: number | undefined, wanted: number | null, now: number): AlarmChange {
  if (wanted === null) return existing === undefined ? 'keep' : 'clear';
  if (existing !== undefined && Math.abs(existing - wanted) < 1_000) return 'keep';
  if (existing !== undefined && wanted <= now && existing <= now + MINUTE) return 'keep';
  return { set: wanted };
}
