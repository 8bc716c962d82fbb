import type { ReminderPreferences } from './active-windows';
import { nextPauseAt } from './next-pause';
import type { ScheduleState } from './schedule-state';

/** What the popup says about reminders, and what the toolbar badge shows. */
export type ReminderStatus =
  | { kind: 'off' }
  | { kind: 'paused'; until?: number }
  | { kind: 'snoozed'; until: number }
  | { kind: 'away' }
  | { kind: 'next'; at: number }
  | { kind: 'no-active-time' };

export function reminderStatus(now: number, reminders: ReminderPreferences, state: ScheduleState): ReminderStatus {
  if (!reminders.enabled) return { kind: 'off' };
  if (state.pause && 'untilResumed' in state.pause) return { kind: 'paused' };
  if (state.pause && state.pause.until > now) return { kind: 'paused', until: state.pause.until };
  if (state.awaySince !== undefined) return { kind: 'away' };
  if (state.snoozedUntil !== undefined && state.snoozedUntil > now) return { kind: 'snoozed', until: state.snoozedUntil };
  const at = nextPauseAt(now, reminders, state);
  return at === null ? { kind: 'no-active-time' } : { kind: 'next', at };
}

export type BadgeKind = 'paused' | 'snoozed' | 'reminder' | 'none';

/**
 * The badge is quiet by default. It shows when reminders are paused or snoozed, and carries the
 * reminder itself when the person chose badge-only reminders or notifications are blocked.
 */
export function badgeFor(status: ReminderStatus, reminders: ReminderPreferences, state: ScheduleState): BadgeKind {
  if (status.kind === 'paused') return 'paused';
  if (status.kind === 'snoozed') return 'snoozed';
  const badgeCarriesReminders = reminders.style === 'badge' || state.notificationsBlocked === true;
  if (state.shownAt !== undefined && badgeCarriesReminders) return 'reminder';
  return 'none';
}
