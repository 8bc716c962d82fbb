import type { Preferences } from '../preference-schema';

export type ReminderPreferences = Preferences['reminders'];

/** A stretch of active time, [start, end) in epoch milliseconds. */
export interface ActiveWindow {
  start: number;
  end: number;
}

/** How far ahead to look; a schedule that finds no room in two weeks has none. */
export const LOOKAHEAD_DAYS = 15;

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The instant a local wall-clock time happens on a local calendar day (day may overflow). */
function localInstant(year: number, month: number, day: number, minutesOfDay: number): number {
  return new Date(year, month, day, Math.floor(minutesOfDay / 60), minutesOfDay % 60).getTime();
}

/**
 * The window that starts on the local calendar day `dayOffset` days after `from`'s, if that day
 * is active. Local time throughout: "09:00" is nine in the morning on that day, across DST
 * changes. A window whose end is not after its start crosses midnight; equal times mean a full
 * day.
 */
function windowOnDay(from: Date, dayOffset: number, reminders: ReminderPreferences): ActiveWindow | undefined {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + dayOffset);
  if (!reminders.activeDays.includes(date.getDay())) return undefined;
  const startMinutes = minutesOf(reminders.activeFrom);
  const endMinutes = minutesOf(reminders.activeUntil);
  const endDay = endMinutes > startMinutes ? date.getDate() : date.getDate() + 1;
  return {
    start: localInstant(date.getFullYear(), date.getMonth(), date.getDate(), startMinutes),
    end: localInstant(date.getFullYear(), date.getMonth(), endDay, endMinutes),
  };
}

/**
 * Active windows in time order: the one containing `from` (if any) and those after it. Windows
 * that touch (a full-day window on consecutive days) are merged, so a rhythm runs through
 * midnight instead of restarting there.
 */
export function* activeWindowsFrom(from: number, reminders: ReminderPreferences): Generator<ActiveWindow> {
  const fromDate = new Date(from);
  let pending: ActiveWindow | undefined;
  for (let offset = -1; offset <= LOOKAHEAD_DAYS; offset++) {
    const window = windowOnDay(fromDate, offset, reminders);
    if (!window || window.end <= from) continue;
    if (pending && window.start <= pending.end) {
      pending = { start: pending.start, end: Math.max(pending.end, window.end) };
      continue;
    }
    if (pending) yield pending;
    pending = window;
  }
  if (pending) yield pending;
}

/** The first active window that starts on a later local day than `now`: "tomorrow's active hours". */
export function nextDaysWindowStart(now: number, reminders: ReminderPreferences): number | undefined {
  const today = new Date(now);
  const endOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
  for (const window of activeWindowsFrom(now, reminders)) {
    if (window.start >= endOfToday) return window.start;
  }
  return undefined;
}

