import { describe, expect, it } from 'vitest';
import { journalEntries, readHistory } from '../../../src/core/reflections/history';

const entry = (at: number, extra: object = {}) => ({ exercise: 'name-it', at, seconds: 60, finished: true, ...extra });

describe('reading the history', () => {
  it('reads every day list, newest first, with the key each entry is stored under', () => {
    const history = readHistory({
      'journal:2026-03-01': [entry(100), entry(300)],
      'journal:2026-03-02': [entry(200, { emotions: ['calm'], later: { kept: true } })],
      'pauseLog:2026-03-01': [{ at: 5, outcome: 'taken' }, { at: 9, outcome: 'away', awayMinutes: 30 }],
      schedule: { anything: true },
    });
    expect(history.entries.map(({ key, entry: { at } }) => [key, at])).toEqual([
      ['journal:2026-03-01', 300],
      ['journal:2026-03-02', 200],
      ['journal:2026-03-01', 100],
    ]);
    // A field a later version adds travels along.
    expect(history.entries[1]?.entry).toMatchObject({ later: { kept: true } });
    expect(history.pauses.map(({ at }) => at)).toEqual([9, 5]);
    expect(history.unreadable).toBe(0);
  });

  it('counts what it cannot read, and reads the rest', () => {
    const items = {
      'journal:2026-03-01': [entry(100), { exercise: 'name-it' }, null, entry(-1)],
      'journal:2026-03-02': 'scribbled over',
      'pauseLog:2026-03-01': [{ at: 5, outcome: 'forgotten' }, { at: 6, outcome: 'snoozed' }],
    };
    const before = structuredClone(items);
    const history = readHistory(items);
    expect(history.entries.map(({ entry: { at } }) => at)).toEqual([100]);
    expect(history.pauses.map(({ at }) => at)).toEqual([6]);
    expect(history.unreadable).toBe(5);
    expect(items, 'reading changes nothing').toEqual(before);
    expect(journalEntries(items).map(({ at }) => at)).toEqual([100]);
  });

  it('an empty storage is an empty history', () => {
    expect(readHistory({})).toEqual({ entries: [], pauses: [], unreadable: 0 });
  });
});
