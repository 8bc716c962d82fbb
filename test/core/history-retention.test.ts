import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayListKey } from '../../src/core/day-lists';
import { expiredDayKeys, firstDayKept, historyWrite, sweepKeysOnWrite, WRITE_SWEEP_DAYS } from '../../src/core/history-retention';
import { localDay } from '../../src/core/time';
import { local, timeZones, useTimeZone } from '../helpers/time-zones';

describe.each(timeZones)('keeping the history for a while, in %s', (zone) => {
  useTimeZone(zone);

  it('keeps today and the days before it, as many as chosen in all', () => {
    expect(firstDayKept(local(2026, 3, 31, 8), 30)).toBe('2026-03-02');
    expect(firstDayKept(local(2026, 3, 31, 23, 59), 30)).toBe('2026-03-02');
    expect(firstDayKept(local(2026, 12, 2, 0, 1), 365)).toBe('2025-12-03');
    expect(firstDayKept(local(2026, 3, 31), 'always')).toBeUndefined();
  });

  it('counts calendar days across a daylight-saving change', () => {
    // Europe changes its clocks on 29 March 2026, the US on 8 March, Lord Howe on 5 April.
    for (const day of [26, 27, 28, 29]) expect(firstDayKept(local(2026, 4, day, 0, 30), 30)).toBe(`2026-03-${day + 2}`);
    expect(firstDayKept(local(2026, 4, 6, 0, 30), 30)).toBe('2026-03-08');
    expect(firstDayKept(local(2026, 4, 7, 23, 30), 30)).toBe('2026-03-09');
  });

  it('removes whole days before the first day kept, from both lists, and nothing else', () => {
    const now = local(2026, 3, 31, 9);
    const keys = ['journal:2026-03-01', 'journal:2026-03-02', 'pauseLog:2026-01-15', 'pauseLog:2026-03-31', 'schedule', 'journal:someday', 'preferencesArea'];
    expect(expiredDayKeys(keys, now, 30)).toEqual(['journal:2026-03-01', 'pauseLog:2026-01-15']);
    expect(expiredDayKeys(keys, now, 'always')).toEqual([]);
  });

  it('a write removes what has just expired, every day of it, and never a day kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: local(2020, 1, 1), max: local(2035, 1, 1) }), fc.constantFrom(30, 90, 365), (now, keepFor: 30 | 90 | 365) => {
        const keys = sweepKeysOnWrite(now, keepFor);
        expect(keys).toHaveLength(WRITE_SWEEP_DAYS * 2);
        expect(expiredDayKeys(keys, now, keepFor)).toEqual(keys);
        const first = firstDayKept(now, keepFor) as string;
        // The day just before the first one kept is among them: nothing lingers a day too long.
        const [y, m, d] = first.split('-').map(Number) as [number, number, number];
        expect(keys).toContain(dayListKey('journal', new Date(y, m - 1, d - 1, 12).getTime()));
        expect(keys).not.toContain(dayListKey('journal', now));
      }),
      { numRuns: 40 },
    );
    expect(sweepKeysOnWrite(local(2026, 3, 31), 'always')).toEqual([]);
  });

  it('keeps as many days as chosen, today included', () => {
    fc.assert(
      fc.property(fc.integer({ min: local(2020, 1, 1), max: local(2035, 1, 1) }), fc.constantFrom(30, 90, 365), (now, keepFor: 30 | 90 | 365) => {
        const days = new Set<string>();
        for (let back = 0; back < keepFor + 3; back += 1) {
          const date = new Date(now);
          date.setDate(date.getDate() - back);
          days.add(localDay(date.getTime()));
        }
        const keys = [...days].map((day) => `journal:${day}`);
        expect(keys.length - expiredDayKeys(keys, now, keepFor).length).toBe(keepFor);
      }),
      { numRuns: 40 },
    );
  });

  it('a write adds to its day and removes expired days on its way, but never the day it writes', () => {
    const now = local(2026, 3, 31, 9);
    const entry = { at: now };
    const stored = { 'journal:2026-03-31': [{ at: local(2026, 3, 31, 8) }] };
    const write = historyWrite('journal', stored, [entry], { keep: true, keepForDays: 30 }, now);
    expect(write.set).toEqual({ 'journal:2026-03-31': [{ at: local(2026, 3, 31, 8) }, entry] });
    expect(write.remove).toContain('journal:2026-03-01');
    expect(write.remove).toContain('pauseLog:2026-03-01');
    expect(write.remove).not.toContain('journal:2026-03-02');
    // A clock set far back writes its entry to a day that would have expired: the entry stays.
    const late = historyWrite('journal', {}, [{ at: local(2026, 1, 1, 9) }], { keep: true, keepForDays: 30 }, now);
    expect(Object.keys(late.set)).toEqual(['journal:2026-01-01']);
    expect(late.remove).not.toContain('journal:2026-01-01');
  });

  it('writes and removes nothing while the history is not kept, and removes nothing when kept always', () => {
    const now = local(2026, 3, 31, 9);
    expect(historyWrite('pauseLog', {}, [{ at: now }], { keep: false, keepForDays: 30 }, now)).toEqual({ set: {}, remove: [] });
    expect(historyWrite('pauseLog', {}, [{ at: now }], { keep: true, keepForDays: 'always' }, now)).toEqual({ set: { 'pauseLog:2026-03-31': [{ at: now }] }, remove: [] });
  });
});
