import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../../src/core/preferences';
import { respondTo, type ReminderContext, type ReminderEvent } from '../../../src/core/reminders/reminder-events';
import type { ScheduleState } from '../../../src/core/reminders/schedule-state';
import { reminderStatus } from '../../../src/core/reminders/status';
import { alarmTimeFor } from '../../../src/core/reminders/transitions';
import { local } from '../../helpers/time-zones';

const reminders = defaultPreferences.reminders;
const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);
const context = (state: ReminderContext['state'], area: ReminderContext['area'] = 'sync'): ReminderContext => ({ reminders, state, area });

describe('what the worker does about each event', () => {
  it('shows the reminder its alarm brings, and takes it down after a pause', () => {
    const rang = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: true }, context({ rhythmFrom: monday(9) }), monday(10), 14);
    expect(rang).toMatchObject({ show: true, clear: false });
    const taken = respondTo({ kind: 'pause-opened' }, context(rang.state), monday(10, 1), 14);
    expect(taken).toMatchObject({ show: false, clear: true, sharePause: monday(10, 1), log: [{ at: monday(10, 1), outcome: 'taken' }] });
  });

  it('tells the other browsers of a pause only when preferences travel through sync', () => {
    expect(respondTo({ kind: 'pause-opened' }, context({ rhythmFrom: monday(9) }, 'local'), monday(10), 14).sharePause).toBeUndefined();
    expect(respondTo({ kind: 'pause-taken-elsewhere', at: monday(9, 30) }, context({ rhythmFrom: monday(9) }, 'local'), monday(10), 14).state).toEqual({ rhythmFrom: monday(9) });
  });

  it('notes blocked notifications when the alarm rings, and clears a reminder it skips', () => {
    const blocked = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: false }, context({ rhythmFrom: monday(9) }), monday(10), 14);
    expect(blocked.state.notificationsBlocked).toBe(true);
    const late = respondTo({ kind: 'alarm', scheduledTime: monday(10), busy: false, notificationsAllowed: true }, context({ rhythmFrom: monday(9) }), monday(15), 14);
    expect(late).toMatchObject({ show: false, clear: true, log: [] });
  });

  it('answers a reminder that was up while the person was away by the rest they took', () => {
    const away = { rhythmFrom: monday(10), shownAt: monday(10), awaySince: monday(10, 5) };
    expect(respondTo({ kind: 'came-back' }, context(away), monday(11), 14)).toMatchObject({ clear: true, state: { rhythmFrom: monday(11) } });
  });

  it('takes down a reminder on their return even when storage never heard they went away', () => {
    // Storage refused the went-away write, so a later alarm found them present and showed one.
    const shownToAnEmptyDesk = { rhythmFrom: monday(10), shownAt: monday(10) };
    expect(respondTo({ kind: 'came-back' }, context(shownToAnEmptyDesk), monday(11), 14)).toMatchObject({ show: false, clear: true });
  });

  it('keeps what a test reminder found out about notifications, and nothing else', () => {
    const state = { rhythmFrom: monday(9) };
    expect(respondTo({ kind: 'notifications-checked', allowed: false }, context(state), monday(10), 14)).toEqual({ state: { rhythmFrom: monday(9), notificationsBlocked: true }, log: [], show: false, clear: false });
    expect(respondTo({ kind: 'notifications-checked', allowed: true }, context(state), monday(10), 14).state).toBe(state);
  });

  it('takes down the reminder the popup answered with Not now', () => {
    const shown = { rhythmFrom: monday(10), shownAt: monday(10) };
    expect(respondTo({ kind: 'not-now' }, context(shown), monday(10, 2), 14)).toMatchObject({ clear: true, state: { rhythmFrom: monday(10) } });
  });

  it('takes down a reminder that a pause in another browser answered', () => {
    const shown = { rhythmFrom: monday(10), shownAt: monday(10) };
    expect(respondTo({ kind: 'pause-taken-elsewhere', at: monday(10, 1) }, context(shown), monday(10, 2), 14)).toMatchObject({ clear: true, state: { rhythmFrom: monday(10, 1) } });
  });

  const events = fc.constantFrom<ReminderEvent>(
    { kind: 'browser-started' },
    { kind: 'went-away', idleForMs: 0 },
    { kind: 'came-back' },
    { kind: 'pause-opened' },
    { kind: 'snooze', minutes: 15 },
    { kind: 'dismissed' },
    { kind: 'not-now' },
    { kind: 'pause-reminders', length: 'hour' },
    { kind: 'resume' },
    { kind: 'preferences-changed', before: reminders },
    { kind: 'pause-taken-elsewhere', at: 0 },
    { kind: 'alarm', scheduledTime: 0, busy: false, notificationsAllowed: true },
  );

  it('says a pause is here whenever its reminder is on screen (unless the person is away)', () => {
    const style = fc.constantFrom('notification' as const, 'badge' as const, 'window' as const);
    const steps = fc.array(fc.tuple(events, fc.integer({ min: 0, max: 90 })), { maxLength: 12 });
    fc.assert(
      fc.property(style, steps, (style, steps) => {
        const chosen = { ...reminders, style };
        let now = monday(9, 30);
        let state: ScheduleState = { rhythmFrom: now };
        let onScreen = false;
        for (const [planned, minutes] of steps) {
          now += minutes * 60_000;
          let event = planned;
          if (event.kind === 'alarm') {
            const rings = alarmTimeFor(chosen, state, now);
            if (rings === null || rings > now) continue;
            event = { ...event, scheduledTime: rings };
          }
          if (event.kind === 'pause-taken-elsewhere') event = { ...event, at: now - 60_000 };
          const response = respondTo(event, { reminders: chosen, state, area: 'sync' }, now, 14);
          state = response.state;
          if (response.clear || event.kind === 'dismissed') onScreen = false;
          if (response.show) onScreen = true;
          if (onScreen) expect(['waiting', 'away']).toContain(reminderStatus(now, chosen, state).kind);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
