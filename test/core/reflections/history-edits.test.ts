import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyKeys, withEntryRestored, withNoteEdited, withoutEntry } from '../../../src/core/reflections/history-edits';

const entry = (at: number, extra: object = {}) => ({ exercise: 'friend-check', at, seconds: 90, finished: true, ...extra });
const key = 'journal:2026-03-14';
const ref = { key, at: 200, exercise: 'friend-check' };

describe('editing a note', () => {
  it('changes only that note of that entry, keeping every other item as stored', () => {
    const unreadable = { scribbled: true };
    const other = entry(100, { notes: { friend: 'before' } });
    const target = entry(200, { notes: { friend: 'old words', 'kind-words': 'stay' }, later: { kept: true } });
    const list = withNoteEdited([other, unreadable, 'junk', target], ref, 'friend', 'new words');
    expect(list).toEqual([other, unreadable, 'junk', { ...target, notes: { friend: 'new words', 'kind-words': 'stay' } }]);
    // Untouched items are the very values stored, not copies.
    expect(list?.[0]).toBe(other);
    expect(list?.[1]).toBe(unreadable);
  });

  it('matches by time and exercise both', () => {
    const sameTime = { ...entry(200), exercise: 'name-it', notes: { 'makes-sense': 'a' } };
    const target = entry(200, { notes: { friend: 'b' } });
    expect(withNoteEdited([sameTime, target], ref, 'friend', 'c')).toEqual([sameTime, { ...target, notes: { friend: 'c' } }]);
  });

  it('takes a blank note out, and the notes with it when none is left', () => {
    expect(withNoteEdited([entry(200, { notes: { friend: 'x' } })], ref, 'friend', '  ')).toEqual([entry(200)]);
  });

  it('changes nothing when the entry is gone or the day is not a list', () => {
    expect(withNoteEdited([entry(100)], ref, 'friend', 'x')).toBeUndefined();
    expect(withNoteEdited('scribbled', ref, 'friend', 'x')).toBeUndefined();
    expect(withNoteEdited(undefined, ref, 'friend', 'x')).toBeUndefined();
  });
});

describe('deleting an entry and undoing it', () => {
  it('takes out only that entry, and puts it back in its place', () => {
    const stored = [entry(100), { scribbled: true }, entry(200), entry(300)];
    const removal = withoutEntry(stored, ref);
    expect(removal).toEqual({ list: [entry(100), { scribbled: true }, entry(300)], removed: entry(200), index: 2 });
    expect(withEntryRestored(removal?.list, removal?.removed, removal?.index ?? 0)).toEqual(stored);
  });

  it('changes nothing when the entry is not there', () => {
    expect(withoutEntry([entry(100)], ref)).toBeUndefined();
    expect(withoutEntry({ not: 'a list' }, ref)).toBeUndefined();
  });

  it('puts it back into a day that has gone, or has become something else, keeping that too', () => {
    expect(withEntryRestored(undefined, entry(200), 3)).toEqual([entry(200)]);
    expect(withEntryRestored('scribbled', entry(200), 0)).toEqual([entry(200), 'scribbled']);
  });

  it('gives back exactly what was stored, whatever the list holds', () => {
    const item = fc.oneof(fc.jsonValue(), fc.record({ exercise: fc.constantFrom('friend-check', 'name-it'), at: fc.integer({ min: 0, max: 400 }) }));
    fc.assert(
      fc.property(fc.array(item), fc.integer({ min: 0, max: 400 }), (stored, at) => {
        const removal = withoutEntry(stored, { key, at, exercise: 'friend-check' });
        if (!removal) return;
        expect(removal.list).toHaveLength(stored.length - 1);
        expect(withEntryRestored(removal.list, removal.removed, removal.index)).toEqual(stored);
      }),
    );
  });
});

describe('the history keys', () => {
  it('are every journal and pause-log day, and nothing else', () => {
    expect(historyKeys(['journal:2026-03-14', 'pauseLog:2026-03-01', 'schedule', 'preferencesArea', 'affirmation.x'])).toEqual([
      'journal:2026-03-14',
      'pauseLog:2026-03-01',
    ]);
  });
});
