import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH, parseCarriedAnswers } from '../../src/core/carried-answers';
import { emotionWords, MAX_EMOTION_PICKS, quadrants } from '../../src/core/emotions';
import { carriedFor, knownAnswers } from '../../src/core/known-answers';
import { parseWorkerMessage } from '../../src/core/reminders/worker-messages';
import { MAX_VALUES, valueOptions } from '../../src/core/values';

const picks = { quadrant: 'pleasant-low', emotions: ['calm', 'cosy'], notes: { 'makes-sense': { text: 'A long week.', keep: true } }, pickedValues: [] };

describe('answers carried by "Pop out"', () => {
  it('travel whole in the start-pause message when they are ours', () => {
    const message = parseWorkerMessage({ kind: 'start-pause', exercise: 'name-it', step: 2, answers: picks });
    expect(message).toEqual({ kind: 'start-pause', exercise: 'name-it', step: 2, answers: picks });
    expect(carriedFor({ exercise: 'name-it', answers: picks }, 'name-it')).toEqual(picks);
  });

  it('drop a bad piece and keep the rest, so the pause window still opens', () => {
    const message = parseWorkerMessage({
      kind: 'start-pause',
      exercise: 'name-it',
      step: 1,
      answers: { quadrant: '<img>', emotions: 'calm', notes: { 'makes-sense': { text: 42 }, friend: { text: 'Go gently.', keep: 'yes' } }, pickedValues: ['rest'] },
    });
    expect(message).toEqual({
      kind: 'start-pause',
      exercise: 'name-it',
      step: 1,
      answers: { emotions: [], notes: { friend: { text: 'Go gently.', keep: false } }, pickedValues: ['rest'] },
    });
    expect(parseWorkerMessage({ kind: 'start-pause', exercise: 'name-it', answers: 'everything' })).toEqual({ kind: 'start-pause', exercise: 'name-it' });
    expect(parseWorkerMessage({ kind: 'start-pause', exercise: 'name-it', answers: { notes: { 'makes-sense': { text: 'x'.repeat(NOTE_MAX_LENGTH + 1) } } } })).toMatchObject({
      answers: { notes: {} },
    });
  });

  it('reach the runner with only the words, notes and values Kindly knows', () => {
    const stored = { exercise: 'name-it', answers: { quadrant: 'sideways', emotions: ['calm', 'made-up', 'calm', 'cosy', 'tired'], notes: { 'not-a-note': { text: 'x', keep: true } }, pickedValues: ['rest', 'nope'] } };
    expect(carriedFor(stored, 'name-it')).toEqual({ emotions: ['calm', 'cosy'], notes: {}, pickedValues: ['rest'] });
    // Another exercise's answers, or none at all, start the exercise afresh.
    expect(carriedFor(stored, 'friend-check')).toBeUndefined();
    expect(carriedFor({ exercise: 'name-it', answers: { emotions: ['made-up'] } }, 'name-it')).toBeUndefined();
    expect(carriedFor(undefined, 'name-it')).toBeUndefined();
  });

  it('never let anything odd through, whatever arrives', () => {
    const words = new Set(quadrants.flatMap((quadrant) => emotionWords[quadrant].map((word) => word.id)));
    const values = new Set(valueOptions.map((value) => value.id));
    const anyId = fc.oneof(fc.constantFrom(...words, ...values, ...quadrants, 'makes-sense', 'friend', '__proto__'), fc.string());
    const answers = fc.record(
      { quadrant: fc.oneof(anyId, fc.anything()), emotions: fc.oneof(fc.array(anyId), fc.anything()), notes: fc.oneof(fc.dictionary(anyId, fc.anything()), fc.anything()), pickedValues: fc.oneof(fc.array(anyId), fc.anything()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(answers, fc.anything()), (value) => {
        const parsed = parseCarriedAnswers(value);
        const known = parsed && knownAnswers(parsed);
        if (!known) return;
        expect(known.quadrant === undefined || quadrants.includes(known.quadrant)).toBe(true);
        expect(known.emotions.length).toBeLessThanOrEqual(MAX_EMOTION_PICKS);
        expect(known.emotions.every((id) => words.has(id))).toBe(true);
        expect(known.pickedValues.length).toBeLessThanOrEqual(MAX_VALUES);
        expect(known.pickedValues.every((id) => values.has(id))).toBe(true);
        for (const [id, note] of Object.entries(known.notes)) {
          expect(['friend', 'makes-sense', 'next-step', 'kind-words']).toContain(id);
          expect(typeof note.text === 'string' && note.text.length <= NOTE_MAX_LENGTH && typeof note.keep === 'boolean').toBe(true);
        }
      }),
    );
  });
});
