import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { quadrants } from '../../../src/core/emotions';
import type { JournalEntry } from '../../../src/core/journal';
import { pausesThisWeek } from '../../../src/core/reflections/pause-count';
import { lastFourWeeks, weekStart } from '../../../src/core/reflections/weeks';
import { localDay } from '../../../src/core/time';
import { local, timeZones, useTimeZone } from '../../helpers/time-zones';

const entry = (at: number, emotions?: string[]): JournalEntry => ({ exercise: 'name-it', at, seconds: 60, finished: true, ...(emotions ? { emotions } : {}) });

for (const zone of timeZones) {
  describe(`weeks in ${zone}`, () => {
    useTimeZone(zone);

    // March and April 2026 hold the spring changes of New York, Berlin and Lord Howe's autumn one;
    // October and November their opposites.
    it.each([
      ['spring', 4, 7],
      ['autumn', 11, 3],
    ] as const)('are seven whole local days each, across the %s change', (_, month, day) => {
      const now = local(2026, month, day, 12);
      const weeks = lastFourWeeks([], now, 1);
      const days = weeks.flatMap((week) => week.days);
      expect(days).toHaveLength(28);
      for (const [index, day] of days.entries()) {
        const date = new Date(day);
        expect(date.getDay()).toBe((1 + index) % 7);
        // A day starts at its first local minute (midnight, or just after where midnight is skipped).
        expect(localDay(day - 1)).not.toBe(localDay(day));
        if (index > 0) expect(localDay(days[index - 1]!)).not.toBe(localDay(day));
      }
      for (const [index, week] of weeks.entries()) if (index < 3) expect(week.end).toBe(weeks[index + 1]!.days[0]);
      expect(weeks[3]!.end).toBeGreaterThan(now);
    });

    it('counts a late-evening practice on its own day, on the day the clocks change', () => {
      // Sunday 29 March 2026 (Berlin springs forward), Sunday 1 November (New York falls back).
      for (const [year, month, day] of [[2026, 3, 29], [2026, 11, 1], [2026, 3, 8], [2026, 10, 4]] as const) {
        const late = local(year, month, day, 23, 30);
        const weeks = lastFourWeeks([entry(late)], late, 1);
        const thisWeek = weeks[3]!;
        expect(thisWeek.pausesPerDay).toEqual([0, 0, 0, 0, 0, 0, 1]);
        const early = local(year, month, day + 1, 0, 30);
        expect(lastFourWeeks([entry(early)], early, 1)[3]!.pausesPerDay).toEqual([1, 0, 0, 0, 0, 0, 0]);
      }
    });
  });
}

describe('weeks of the locale', () => {
  useTimeZone('Europe/Berlin');
  // Wednesday 15 April 2026 (computed in the test, once the zone is set).
  let now = 0;
  beforeEach(() => {
    now = local(2026, 4, 15, 10);
  });

  it.each([
    ['Sunday', 0, 12],
    ['Monday', 1, 13],
    ['Saturday', 6, 11],
  ] as const)('start on %s where the locale starts them', (_, firstDay, day) => {
    const start = local(2026, 4, day);
    expect(weekStart(now, firstDay)).toBe(start);
    const weeks = lastFourWeeks([], now, firstDay);
    expect(weeks[3]!.days[0]).toBe(start);
    expect(new Date(weeks[0]!.days[0]!).getDay()).toBe(firstDay);
  });

  it('starts the week on today when today is its first day', () => {
    const sunday = local(2026, 4, 12, 8);
    expect(weekStart(sunday, 0)).toBe(local(2026, 4, 12));
    expect(weekStart(sunday, 1)).toBe(local(2026, 4, 6));
  });

  it('puts a Sunday practice in a different week for Sunday and Monday locales', () => {
    const sunday = entry(local(2026, 4, 12, 9));
    expect(lastFourWeeks([sunday], now, 0)[3]!.pausesPerDay).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(lastFourWeeks([sunday], now, 1)[2]!.pausesPerDay).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(lastFourWeeks([sunday], now, 1)[3]!.pausesPerDay).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('shows empty weeks as empty: no check-ins, no shares, no pauses', () => {
    const weeks = lastFourWeeks([entry(local(2026, 4, 14, 9), ['calm'])], now, 1);
    for (const week of weeks.slice(0, 3)) {
      expect(week.checkIns).toBe(0);
      expect(week.shares).toBeUndefined();
      expect(week.pausesPerDay).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
    expect(weeks[3]!.shares).toEqual({ 'pleasant-high': 0, 'pleasant-low': 100, 'unpleasant-high': 0, 'unpleasant-low': 0 });
  });

  it('leaves out what is older than four weeks or not yet come', () => {
    const weeks = lastFourWeeks([entry(local(2026, 3, 22, 9)), entry(local(2026, 4, 20, 9))], now, 1);
    expect(weeks.flatMap((week) => week.pausesPerDay).reduce((a, b) => a + b)).toBe(0);
  });

  it('counts a practice without named feelings as a pause, not a check-in', () => {
    const weeks = lastFourWeeks([entry(local(2026, 4, 14, 9)), entry(local(2026, 4, 14, 10), ['a-word-from-later'])], now, 1);
    expect(weeks[3]!.pausesPerDay[1]).toBe(2);
    expect(weeks[3]!.checkIns).toBe(0);
    expect(weeks[3]!.shares).toBeUndefined();
  });

  it('counts a check-in with words in two quadrants half to each', () => {
    const at = local(2026, 4, 14, 9);
    const weeks = lastFourWeeks([entry(at, ['calm', 'tired']), entry(at + 1, ['calm']), entry(at + 2, ['calm', 'relaxed'])], now, 1);
    // calm ×2.5 of 3 → 83.3 %; tired 0.5 of 3 → 16.7 %.
    expect(weeks[3]!.checkIns).toBe(3);
    expect(weeks[3]!.shares).toEqual({ 'pleasant-high': 0, 'pleasant-low': 83, 'unpleasant-high': 0, 'unpleasant-low': 17 });
  });

  it('says how many pauses this week holds, of the locale week', () => {
    const entries = [local(2026, 4, 12, 9), local(2026, 4, 13, 9), local(2026, 4, 15, 9)].map((at) => entry(at));
    expect(pausesThisWeek(entries, now, 0)).toBe(3);
    expect(pausesThisWeek(entries, now, 1)).toBe(2);
    expect(pausesThisWeek([], now, 1)).toBe(0);
  });
});

describe('quadrant shares', () => {
  const words = quadrants.map((quadrant) => ({ 'pleasant-high': 'curious', 'pleasant-low': 'calm', 'unpleasant-high': 'tense', 'unpleasant-low': 'tired' })[quadrant]);
  const now = Date.UTC(2026, 3, 15, 12);

  it('are whole percentages that sum to exactly 100 whenever there are check-ins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words, 'unknown-word'), { maxLength: 3 }), { maxLength: 40 }),
        (checkIns) => {
          const entries = checkIns.map((emotions, index) => entry(now - index * 3_600_000, emotions));
          const week = lastFourWeeks(entries, now, 1).find((candidate) => candidate.days[0]! <= now && now < candidate.end)!;
          const inWeek = entries.filter((item) => item.at >= week.days[0]! && (item.emotions ?? []).some((id) => id !== 'unknown-word'));
          expect(week.checkIns).toBe(inWeek.length);
          if (inWeek.length === 0) {
            expect(week.shares).toBeUndefined();
            return;
          }
          const shares = Object.values(week.shares!);
          expect(shares.every((share) => Number.isInteger(share) && share >= 0 && share <= 100)).toBe(true);
          expect(shares.reduce((a, b) => a + b)).toBe(100);
        },
      ),
    );
  });
});
