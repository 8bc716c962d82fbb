import fc from 'fast-check';
import { defaultPreferences } from '../../src/core/preferences';
import type { ReminderPreferences } from '../../src/core/reminders/active-windows';
import type { ScheduleState } from '../../src/core/reminders/schedule-state';
import { validPreferenceValue } from './preference-arbitraries';

const MINUTE = 60_000;
/** 2026 and a little of 2027: DST changes in both directions in every zone that has them. */
export const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 2, 1) });

export const reminderPreferences: fc.Arbitrary<ReminderPreferences> = fc.record({
  ...defaultPreferences.reminders,
  enabled: fc.constant(true),
  everyMinutes: validPreferenceValue['reminders.everyMinutes'] as fc.Arbitrary<number>,
  activeFrom: validPreferenceValue['reminders.activeFrom'] as fc.Arbitrary<string>,
  activeUntil: validPreferenceValue['reminders.activeUntil'] as fc.Arbitrary<string>,
  activeDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  style: fc.constant('notification' as const),
  waitDuringFullscreen: fc.boolean(),
  waitDuringAudio: fc.boolean(),
  sound: fc.boolean(),
  naturalBreakMinutes: fc.integer({ min: 1, max: 60 }),
});

/** Any schedule a worker could have stored: snoozes, deferrals and pauses included. */
export const scheduleState: fc.Arbitrary<ScheduleState> = instant.chain((rhythmFrom) =>
  fc.record(
    {
      rhythmFrom: fc.constant(rhythmFrom),
      snoozedUntil: fc.integer({ min: 1, max: 30 }).map((minutes) => rhythmFrom + minutes * MINUTE),
      notBefore: fc.integer({ min: 0, max: 24 * 60 }).map((minutes) => rhythmFrom + minutes * MINUTE),
      pause: fc.oneof(
        fc.integer({ min: 1, max: 48 * 60 }).map((minutes) => ({ until: rhythmFrom + minutes * MINUTE })),
        fc.constant({ untilResumed: true as const }),
      ),
      shownAt: fc.constant(rhythmFrom),
      lastInvitation: fc.nat(20),
    },
    { requiredKeys: ['rhythmFrom'] },
  ),
);

/**
 * An independent reading of "inside active time": t falls in the window that starts on its own
 * local day, or in one that started the day before and crosses midnight.
 */
export function isInActiveTime(t: number, reminders: ReminderPreferences): boolean {
  const date = new Date(t);
  const [fromH = 0, fromM = 0] = reminders.activeFrom.split(':').map(Number);
  const [untilH = 0, untilM = 0] = reminders.activeUntil.split(':').map(Number);
  const crosses = untilH * 60 + untilM <= fromH * 60 + fromM;
  for (const offset of [0, -1]) {
    const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset);
    if (!reminders.activeDays.includes(day.getDay())) continue;
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), fromH, fromM).getTime();
    const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + (crosses ? 1 : 0), untilH, untilM).getTime();
    if (start <= t && t < end) return true;
  }
  return false;
}
