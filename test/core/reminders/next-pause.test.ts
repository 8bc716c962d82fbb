// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../../src/core/preferences';
import type { ReminderPreferences } from '../../../src/core/reminders/active-windows';
import { nextPauseAt, plannedPauseAt } from '../../../src/core/reminders/next-pause';
import { instant, isInActiveTime, reminderPreferences, scheduleState } from '../../helpers/reminder-arbitraries';
import { local, localClock, timeZones, useTimeZone } from '../../helpers/time-zones';

const MINUTE = 60_000;
const defaults = defaultPreferences.reminders;
const everyDay = [0, 1, 2, 3, 4, 5, 6];
const withPrefs = (changes: Partial<ReminderPreferences>): ReminderPreferences => ({ ...defaults, ...changes });

describe.each(timeZones)('the scheduler in %s', (zone) => {
  useTimeZone(zone);

  // 2026-11-23 is a Monday.
  it('plans the first reminder one rhythm after the start of the active window', () => {
    expect(localClock(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 7, 30) }) ?? 0)).toBe('10:00');
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 9, 0) })).toBe(local(2026, 11, 23, 10, 0));
  });

  it('plans one rhythm after the rhythm started, inside the window', () => {
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 13, 17) })).toBe(local(2026, 11, 23, 14, 17));
  });

  it('moves a reminder that would fall after the window to the next active day', () => {
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 17, 30) })).toBe(local(2026, 11, 24, 10, 0));
  });

  it('goes over the weekend from Friday to Monday', () => {
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 27, 17, 30) })).toBe(local(2026, 11, 30, 10, 0));
  });

  it('follows a window that crosses midnight', () => {
    const night = withPrefs({ activeFrom: '22:00', activeUntil: '02:00', activeDays: everyDay });
    expect(plannedPauseAt(night, { rhythmFrom: local(2026, 11, 23, 23, 30) })).toBe(local(2026, 11, 24, 0, 30));
    expect(plannedPauseAt(night, { rhythmFrom: local(2026, 11, 24, 1, 30) })).toBe(local(2026, 11, 24, 23, 0));
    expect(plannedPauseAt(night, { rhythmFrom: local(2026, 11, 24, 12, 0) })).toBe(local(2026, 11, 24, 23, 0));
  });

  it('runs a full-day rhythm straight through midnight', () => {
    const allDay = withPrefs({ activeFrom: '00:00', activeUntil: '00:00', activeDays: everyDay, everyMinutes: 90 });
    expect(plannedPauseAt(allDay, { rhythmFrom: local(2026, 11, 23, 23, 30) })).toBe(local(2026, 11, 24, 1, 0));
  });

  it('brings a snoozed reminder back when the snooze ends, or in the next window if that is outside', () => {
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 11, 0), snoozedUntil: local(2026, 11, 23, 11, 15) })).toBe(
      local(2026, 11, 23, 11, 15),
    );
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 17, 50), snoozedUntil: local(2026, 11, 23, 18, 20) })).toBe(
      local(2026, 11, 24, 10, 0),
    );
  });

  it('lets a snooze that ends before the active hours begin lapse into their usual rhythm, not the next day’s', () => {
    // Snoozed at 7:00 for five minutes (a reminder still up from the evening before): today's
    // active hours from 9:00 keep their first pause at 10:00.
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 24, 7, 0), snoozedUntil: local(2026, 11, 24, 7, 5) })).toBe(local(2026, 11, 24, 10, 0));
  });

  it('plans nothing while reminders are off, paused until resumed, or the person is away', () => {
    const rhythmFrom = local(2026, 11, 23, 11, 0);
    expect(plannedPauseAt(withPrefs({ enabled: false }), { rhythmFrom })).toBeNull();
    expect(plannedPauseAt(withPrefs({ activeDays: [] }), { rhythmFrom })).toBeNull();
    expect(plannedPauseAt(defaults, { rhythmFrom, pause: { untilResumed: true } })).toBeNull();
    expect(plannedPauseAt(defaults, { rhythmFrom, awaySince: rhythmFrom })).toBeNull();
  });

  it('starts a fresh rhythm when a timed pause ends', () => {
    expect(plannedPauseAt(defaults, { rhythmFrom: local(2026, 11, 23, 11, 0), pause: { until: local(2026, 11, 23, 12, 30) } })).toBe(
      local(2026, 11, 23, 13, 30),
    );
  });

  it('never finds room in a window shorter than the rhythm', () => {
    expect(plannedPauseAt(withPrefs({ activeFrom: '09:00', activeUntil: '09:30' }), { rhythmFrom: local(2026, 11, 23, 8, 0) })).toBeNull();
  });

  it('does not show a reminder late: one that fell due while away is planned afresh from now', () => {
    const now = local(2026, 11, 23, 15, 40);
    expect(nextPauseAt(now, defaults, { rhythmFrom: local(2026, 11, 23, 9, 0) })).toBe(local(2026, 11, 23, 16, 40));
  });

  it('keeps the wall-clock window across the spring DST change, and the rhythm in real minutes', () => {
    const allWeek = withPrefs({ activeDays: everyDay });
    // The night of 2026-03-07/08 (New York), 03-28/29 (Berlin), 10-03/04 (Lord Howe) changes the clocks.
    for (const [month, day] of [
      [3, 7],
      [3, 28],
      [10, 3],
    ] as const) {
      expect(localClock(plannedPauseAt(allWeek, { rhythmFrom: local(2026, month, day, 17, 30) }) ?? 0)).toBe('10:00');
    }
    const allDay = withPrefs({ activeFrom: '00:00', activeUntil: '00:00', activeDays: everyDay, everyMinutes: 30 });
    for (const rhythmFrom of [local(2026, 3, 8, 1, 45), local(2026, 3, 29, 1, 45), local(2026, 10, 4, 1, 45), local(2026, 11, 1, 1, 45)]) {
      expect((plannedPauseAt(allDay, { rhythmFrom }) ?? 0) - rhythmFrom).toBe(30 * MINUTE);
    }
  });

  it('never plans a reminder in the past or outside active time', () => {
    fc.assert(
      fc.property(reminderPreferences, scheduleState, instant, (reminders, state, now) => {
        const next = nextPauseAt(now, reminders, state);
        if (next === null) return;
        expect(next).toBeGreaterThanOrEqual(now);
        expect(isInActiveTime(next, reminders)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps at least one rhythm after its start, unless snoozed', () => {
    fc.assert(
      fc.property(reminderPreferences, scheduleState, (reminders, state) => {
        const { snoozedUntil: _snooze, ...unsnoozed } = state;
        const planned = plannedPauseAt(reminders, unsnoozed);
        if (planned === null) return;
        const from = Math.max(state.rhythmFrom, state.pause && 'until' in state.pause ? state.pause.until : 0);
        expect(planned - from).toBeGreaterThanOrEqual(reminders.everyMinutes * MINUTE);
      }),
      { numRuns: 150 },
    );
  });

  it('after a sleep of any length, the next reminder is at least one rhythm away', () => {
    const sleep = fc.integer({ min: 1, max: 5 * 24 * 60 }).map((minutes) => minutes * MINUTE);
    fc.assert(
      fc.property(reminderPreferences, instant, sleep, (reminders, rhythmFrom, gap) => {
        const planned = plannedPauseAt(reminders, { rhythmFrom });
        if (planned === null) return;
        const now = planned + gap;
        const next = nextPauseAt(now, reminders, { rhythmFrom });
        if (next !== null) expect(next - now).toBeGreaterThanOrEqual(reminders.everyMinutes * MINUTE);
      }),
      { numRuns: 150 },
    );
  });
});
