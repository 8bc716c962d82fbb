// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../../src/core/preferences';
import { badgeFor, reminderStatus } from '../../../src/core/reminders/status';
import { local, useTimeZone } from '../../helpers/time-zones';

const reminders = defaultPreferences.reminders;
const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);

describe('reminder status and badge', () => {
  useTimeZone('Europe/Berlin');

  it('says when the next pause is', () => {
    expect(reminderStatus(monday(10, 30), reminders, { rhythmFrom: monday(10) })).toEqual({ kind: 'next', at: monday(11) });
  });

  it('says when reminders are off, paused, snoozed, or resting while the person is away', () => {
    expect(reminderStatus(monday(10), { ...reminders, enabled: false }, { rhythmFrom: monday(9) })).toEqual({ kind: 'off' });
    expect(reminderStatus(monday(10), reminders, { rhythmFrom: monday(9), pause: { untilResumed: true } })).toEqual({ kind: 'paused' });
    expect(reminderStatus(monday(10), reminders, { rhythmFrom: monday(9), pause: { until: monday(11) } })).toEqual({ kind: 'paused', until: monday(11) });
    expect(reminderStatus(monday(10), reminders, { rhythmFrom: monday(10), snoozedUntil: monday(10, 15) })).toEqual({ kind: 'snoozed', until: monday(10, 15) });
    expect(reminderStatus(monday(10), reminders, { rhythmFrom: monday(9), awaySince: monday(9, 50) })).toEqual({ kind: 'away' });
    expect(reminderStatus(monday(10), { ...reminders, activeUntil: '09:05' }, { rhythmFrom: monday(9) })).toEqual({ kind: 'no-active-time' });
  });

  it('says snoozed only while the snooze brings the next pause: one that ends after hours has lapsed', () => {
    const lapsed = { rhythmFrom: monday(17, 58), snoozedUntil: monday(18, 13) };
    expect(reminderStatus(monday(17, 59), reminders, lapsed)).toEqual({ kind: 'next', at: local(2026, 11, 24, 10, 0) });
  });

  it('says a reminder is waiting while one shows, or is due', () => {
    expect(reminderStatus(monday(10, 1), reminders, { rhythmFrom: monday(10), shownAt: monday(10) })).toEqual({ kind: 'waiting' });
    expect(reminderStatus(monday(11), reminders, { rhythmFrom: monday(10) })).toEqual({ kind: 'waiting' });
    expect(reminderStatus(monday(10, 59), reminders, { rhythmFrom: monday(10) })).toEqual({ kind: 'next', at: monday(11) });
  });

  it('keeps the badge quiet unless paused, snoozed, or carrying a reminder', () => {
    const state = { rhythmFrom: monday(10), shownAt: monday(10) };
    const now = monday(10, 1);
    expect(badgeFor(reminderStatus(now, reminders, state), reminders, state)).toBe('none');
    expect(badgeFor(reminderStatus(now, reminders, state), { ...reminders, style: 'badge' }, state)).toBe('reminder');
    const blocked = { ...state, notificationsBlocked: true };
    expect(badgeFor(reminderStatus(now, reminders, blocked), reminders, blocked)).toBe('reminder');
    const paused = { rhythmFrom: monday(10), pause: { untilResumed: true as const } };
    expect(badgeFor(reminderStatus(now, reminders, paused), reminders, paused)).toBe('paused');
    const snoozed = { rhythmFrom: monday(10), snoozedUntil: monday(10, 15) };
    expect(badgeFor(reminderStatus(now, reminders, snoozed), reminders, snoozed)).toBe('snoozed');
  });
});
