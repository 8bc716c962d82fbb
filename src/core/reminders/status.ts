import type { ReminderPreferences } from './active-windows';
import { nextPauseAt } from './next-pause';
import type { ScheduleState } from './schedule-state';
import { reminderWaiting } from './transitions';

/** What the popup says about reminders, and what the toolbar badge shows. */
export type ReminderStatus =
  | { kind: 'off' }
  | { kind: 'paused'; until?: number }
  | { kind: 'snoozed'; until: number }
  | { kind: 'away' }
  /** A reminder is showing, or due now: the one moment snooze means something. */
  | { kind: 'waiting' }
  | { kind: 'next'; at: number }
  | { kind: 'no-active-time' };

export function reminderStatus(now: number, reminders: ReminderPreferences, state: ScheduleState): ReminderStatus {
  if (!reminders.enabled) return { kind: 'off' };
  if (state.pause && 'untilResumed' in state.pause) return { kind: 'paused' };
  if (state.pause && state.pause.until > now) return { kind: 'paused', until: state.pause.until };
  if (state.awaySince !== undefined) return { kind: 'away' };
  if (reminderWaiting(state, reminders, now)) return { kind: 'waiting' };
  const at = nextPauseAt(now, reminders, state);
  if (at === null) return { kind: 'no-active-time' };
  // Snoozed only while the snooze is what brings the next pause; one that ends outside active
  // hours has lapsed, and the next pause is simply the next.
  const snoozedBack = state.snoozedUntil !== undefined && state.snoozedUntil > now ? Math.max(state.snoozedUntil, state.notBefore ?? 0) : undefined;
  return at === snoozedBack ? { kind: 'snoozed', until: at } : { kind: 'next', at };
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
  if (status.kind === 'waiting' && badgeCarriesReminders) return 'reminder';
  return 'none';
}
