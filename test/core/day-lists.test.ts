import { describe, expect, it } from 'vitest';
import { appendToDayLists, dayListKey, dayOfKey, isDayListKey } from '../../src/core/day-lists';
import { local, useTimeZone } from '../helpers/time-zones';

describe('day lists (the journal and the pause log)', () => {
  useTimeZone('America/New_York');

  it('keep one key per local day', () => {
    expect(dayListKey('pauseLog', local(2026, 11, 23, 23, 59))).toBe('pauseLog:2026-11-23');
    expect(dayListKey('pauseLog', local(2026, 11, 24, 0, 1))).toBe('pauseLog:2026-11-24');
    expect(dayListKey('journal', local(2026, 11, 24, 0, 1))).toBe('journal:2026-11-24');
    expect(isDayListKey('journal', 'journal:2026-11-24')).toBe(true);
    expect(isDayListKey('journal', 'pauseLog:2026-11-24')).toBe(false);
    expect(dayOfKey('journal', 'journal:2026-11-24')).toBe('2026-11-24');
  });

  it('append to what the day already holds, each entry on its own day, and keep anything unexpected found there', () => {
    const at = local(2026, 11, 23, 10);
    const existing = { 'pauseLog:2026-11-23': [{ at: at - 1, outcome: 'taken' }] };
    expect(appendToDayLists('pauseLog', existing, [{ at, outcome: 'snoozed' } as { at: number }, { at: at + 24 * 3_600_000 }])).toEqual({
      'pauseLog:2026-11-23': [{ at: at - 1, outcome: 'taken' }, { at, outcome: 'snoozed' }],
      'pauseLog:2026-11-24': [{ at: at + 24 * 3_600_000 }],
    });
    expect(appendToDayLists('pauseLog', { 'pauseLog:2026-11-23': 'odd' }, [{ at }])).toEqual({ 'pauseLog:2026-11-23': ['odd', { at }] });
    expect(appendToDayLists('journal', {}, [])).toEqual({});
  });
});
