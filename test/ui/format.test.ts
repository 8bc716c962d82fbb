import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../src/core/preferences';
import { describeRhythm, formatActiveDays, formatClockTime } from '../../src/ui/format';

const reminders = defaultPreferences.reminders;

describe('format', () => {
  it('writes times the way the language does', () => {
    expect(formatClockTime('09:00', 'en-US')).toMatch(/^9:00\sAM$/);
    expect(formatClockTime('18:30', 'en-GB')).toBe('18:30');
  });

  it('names sets of days in words, and lists the rest Monday first', () => {
    expect(formatActiveDays([1, 2, 3, 4, 5])).toBe('Monday to Friday');
    expect(formatActiveDays([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(formatActiveDays([0, 6])).toBe('on Saturday and Sunday');
    expect(formatActiveDays([0, 1, 3], 'en')).toBe('on Monday, Wednesday, and Sunday');
  });

  it('describes the rhythm in one sentence, or says reminders are off', () => {
    expect(describeRhythm(reminders)).toMatch(/^A mindful pause every 60 minutes, 9:00\sAM to 6:00\sPM, Monday to Friday\.$/);
    expect(describeRhythm({ ...reminders, enabled: false })).toMatch(/turned off/);
    expect(describeRhythm({ ...reminders, activeDays: [] })).toMatch(/no days are chosen/);
  });
});
