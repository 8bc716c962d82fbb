import { MINUTE } from '../time';
import { activeWindowsFrom, type ReminderPreferences } from './active-windows';
import type { ScheduleState } from './schedule-state';

/**
 * When the next reminder is planned, from the stored schedule alone (it may be in the past if
 * the browser was asleep or closed when it fell due). Null when no reminder is planned:
 * reminders off, paused until resumed, the person away, or no active time for two weeks.
 *
 * The rhythm starts at the latest of: the start of the active window, the rhythm's own start
 * (browser start, return from away, last pause taken, last reminder shown) and the end of a
 * pause; the reminder comes one rhythm later, inside active time only.
 */
export function plannedPauseAt(reminders: ReminderPreferences, state: ScheduleState): number | null {
  if (!reminders.enabled || reminders.activeDays.length === 0) return null;
  if (state.pause && 'untilResumed' in state.pause) return null;
  if (state.awaySince !== undefined) return null;

  const rhythm = reminders.everyMinutes * MINUTE;
  const from = Math.max(state.rhythmFrom, state.pause?.until ?? 0);
  const notBefore = state.notBefore ?? 0;
  let snooze = state.snoozedUntil !== undefined && state.snoozedUntil >= from ? state.snoozedUntil : undefined;

  for (const window of activeWindowsFrom(from, reminders)) {
    if (snooze !== undefined) {
      const back = Math.max(snooze, notBefore);
      if (back >= window.start && back < window.end) return back;
      // A snooze that ends outside active time lapses. Ending after this window, the next
      // window starts its usual rhythm; ending before it (snoozed after hours), this one does.
      snooze = undefined;
      if (back >= window.end) continue;
    }
    const due = Math.max(Math.max(from, window.start) + rhythm, notBefore);
    if (due >= window.start && due < window.end) return due;
  }
  return null;
}

/** A schedule as it stands once the person is back: the rhythm starts again from now. */
export function restartedAt(state: ScheduleState, now: number): ScheduleState {
  const { snoozedUntil: _snooze, notBefore: _notBefore, awaySince: _away, ...rest } = state;
  return { ...rest, rhythmFrom: now };
}

/**
 * The next reminder, never in the past: one that fell due while the browser was asleep, closed
 * or away is not shown late; the rhythm starts again from now instead.
 */
export function nextPauseAt(now: number, reminders: ReminderPreferences, state: ScheduleState): number | null {
  const planned = plannedPauseAt(reminders, state);
  if (planned === null || planned >= now) return planned;
  return plannedPauseAt(reminders, restartedAt(state, now));
}
