import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadrantOfWord, quadrants } from '../../../src/core/emotions';
import type { JournalEntry } from '../../../src/core/journal';
import { emotionalVocabulary } from '../../../src/core/reflections/vocabulary';
import { local, useTimeZone } from '../../helpers/time-zones';

const named = (at: number, ...emotions: string[]): JournalEntry => ({ exercise: 'name-it', at, seconds: 60, finished: true, emotions });
const ids = (words: { id: string; isNew: boolean }[]) => words.map(({ id, isNew }) => (isNew ? `${id} (new)` : id));

describe('the emotional vocabulary', () => {
  useTimeZone('America/New_York');

  it('counts the different words of this month and last month, and the new ones', () => {
    const now = local(2026, 4, 20, 12);
    const entries = [
      named(local(2026, 4, 19, 9), 'calm', 'tired'),
      named(local(2026, 4, 2, 9), 'calm'),
      named(local(2026, 4, 1, 0, 5), 'curious', 'tense'),
      named(local(2026, 3, 31, 23, 55), 'tired', 'calm'),
      named(local(2026, 3, 10, 9), 'grateful'),
      named(local(2025, 12, 1, 9), 'curious'),
    ];
    const vocabulary = emotionalVocabulary(entries, now);
    expect(vocabulary.thisMonthCount).toBe(4);
    expect(vocabulary.newCount).toBe(1);
    expect(vocabulary.lastMonthCount).toBe(3);
    expect(ids(vocabulary.thisMonth['pleasant-high'])).toEqual(['curious']);
    expect(ids(vocabulary.thisMonth['pleasant-low'])).toEqual(['calm']);
    expect(ids(vocabulary.thisMonth['unpleasant-high'])).toEqual(['tense (new)']);
    expect(ids(vocabulary.thisMonth['unpleasant-low'])).toEqual(['tired']);
  });

  it('lists each quadrant in the picker’s order, mild to intense', () => {
    const now = local(2026, 4, 20, 12);
    const vocabulary = emotionalVocabulary([named(now - 1000, 'serene', 'settled'), named(now - 2000, 'calm')], now);
    expect(ids(vocabulary.thisMonth['pleasant-low'])).toEqual(['settled (new)', 'calm (new)', 'serene (new)']);
  });

  it('is empty in a month with nothing named, with last month still counted', () => {
    const now = local(2026, 5, 3, 12);
    const vocabulary = emotionalVocabulary([named(local(2026, 4, 28, 9), 'calm')], now);
    expect(vocabulary.thisMonthCount).toBe(0);
    expect(vocabulary.newCount).toBe(0);
    expect(vocabulary.lastMonthCount).toBe(1);
    expect(Object.values(vocabulary.thisMonth).flat()).toEqual([]);
  });

  it('reaches across the year: January’s last month is December', () => {
    const now = local(2027, 1, 10, 12);
    const vocabulary = emotionalVocabulary([named(local(2026, 12, 31, 22), 'calm'), named(local(2026, 11, 30, 22), 'sad')], now);
    expect(vocabulary.lastMonthCount).toBe(1);
  });

  it('leaves out words this version does not know', () => {
    const now = local(2026, 4, 20, 12);
    const vocabulary = emotionalVocabulary([named(now - 1000, 'calm', 'a-word-from-later')], now);
    expect(vocabulary.thisMonthCount).toBe(1);
  });

  it('counts every word once, in its own quadrant, new exactly when not named before the month', () => {
    const known = quadrants.flatMap((quadrant) => ['curious', 'calm', 'tense', 'tired', 'proud', 'sad'].filter((id) => quadrantOfWord(id) === quadrant));
    const now = local(2026, 4, 20, 12);
    const monthStart = local(2026, 4, 1);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -90, max: 19 }), fc.subarray(known, { maxLength: 2 })), { maxLength: 30 }), (items) => {
        const entries = items.map(([days, words]) => named(local(2026, 4, 1 + days, 12), ...words));
        const vocabulary = emotionalVocabulary(entries, now);
        const listed = Object.entries(vocabulary.thisMonth).flatMap(([quadrant, words]) => words.map((word) => ({ quadrant, ...word })));
        const thisMonth = new Set(entries.filter(({ at }) => at >= monthStart).flatMap(({ emotions }) => emotions ?? []));
        const earlier = new Set(entries.filter(({ at }) => at < monthStart).flatMap(({ emotions }) => emotions ?? []));
        expect(listed.map(({ id }) => id).sort()).toEqual([...thisMonth].sort());
        expect(vocabulary.thisMonthCount).toBe(thisMonth.size);
        for (const word of listed) {
          expect(word.quadrant).toBe(quadrantOfWord(word.id));
          expect(word.isNew).toBe(!earlier.has(word.id));
        }
        expect(vocabulary.newCount).toBe(listed.filter(({ isNew }) => isNew).length);
      }),
    );
  });
});
