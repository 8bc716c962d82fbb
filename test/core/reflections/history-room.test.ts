import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/core/exercises';
import type { JournalEntry } from '../../../src/core/journal';
import { entryBytes, historyRoom } from '../../../src/core/reflections/history-room';
import type { PauseLogEntry } from '../../../src/core/reminders/pause-log';

const MB = 1024 * 1024;
const at = new Date(2026, 11, 2, 14, 5).getTime();
const note = 'It makes sense that I feel this after a long week; I did what I could and that is enough.';

/** An entry as each exercise typically leaves it: a minute or a few, finished, with what it asks. */
function typicalEntry(id: string): JournalEntry {
  const exercise = exercises.find((candidate) => candidate.id === id)!;
  const entry: JournalEntry = { exercise: id, at, seconds: 185, finished: true };
  for (const step of exercise.steps) {
    if (step.kind === 'name-emotion') entry.emotions = ['overwhelmed', 'tired'];
    if (step.kind === 'reflect') entry.notes = { [step.noteId]: note };
    if (step.kind === 'values') entry.values = ['kindness', 'Being there for Sam'];
  }
  return entry;
}

describe('the history’s room in storage.local', () => {
  it('is fine below 80 % of the quota, near from there, and full once a typical entry no longer fits', () => {
    expect(historyRoom(0, 10 * MB)).toBe('fine');
    expect(historyRoom(8 * MB - 1, 10 * MB)).toBe('fine');
    expect(historyRoom(8 * MB, 10 * MB)).toBe('near');
    expect(historyRoom(10 * MB - 400, 10 * MB)).toBe('near');
    expect(historyRoom(10 * MB - 399, 10 * MB)).toBe('full');
    expect(historyRoom(11 * MB, 10 * MB)).toBe('full');
  });

  it('says nothing where the browser states no quota', () => {
    expect(historyRoom(50 * MB, 0)).toBe('fine');
    expect(historyRoom(50 * MB, Number.NaN)).toBe('fine');
  });

  it('only ever gets fuller as more is in use', () => {
    const order = { fine: 0, near: 1, full: 2 };
    fc.assert(
      fc.property(fc.nat(20 * MB), fc.nat(20 * MB), fc.integer({ min: 1, max: 20 * MB }), (a, b, quota) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(order[historyRoom(less, quota)]).toBeLessThanOrEqual(order[historyRoom(more, quota)]);
      }),
    );
  });

  it('counts an entry as the browsers do: its JSON in UTF-8, and the comma in its day’s list', () => {
    expect(entryBytes({ at, outcome: 'taken' })).toBe(JSON.stringify({ at, outcome: 'taken' }).length + 1);
    expect(entryBytes({ note: 'é' })).toBe(JSON.stringify({ note: 'é' }).length + 2);
  });

  // The figures docs/design.md gives ("The history's size"): a change to the entries shows here.
  it('keeps a typical entry small: at most 250 bytes a practice (100 without words), 50 a pause-log entry', () => {
    const sizes = Object.fromEntries(exercises.map((exercise) => [exercise.id, entryBytes(typicalEntry(exercise.id))]));
    for (const size of Object.values(sizes)) expect(size).toBeLessThanOrEqual(250);
    for (const id of ['coherent-breathing', 'three-minute-breathing-space', 'allow-it']) expect(sizes[id]).toBeLessThanOrEqual(100);
    const pause: PauseLogEntry = { at, outcome: 'unanswered' };
    expect(entryBytes(pause)).toBeLessThanOrEqual(50);
    // Five years of 6 practices (a third with a note or words) and 8 pause-log entries a day.
    const practiceAverage = (sizes['coherent-breathing']! * 4 + sizes['name-it']! + sizes['friend-check']!) / 6;
    const dayKeys = 2 * ('journal:2026-12-02'.length + 2);
    const fiveYears = 5 * 365 * (6 * practiceAverage + 8 * entryBytes(pause) + dayKeys);
    expect(fiveYears).toBeLessThan(2.5 * MB);
  });
});
