import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/core/exercises';
import { anotherPractice } from '../../../src/core/exercises/another-practice';

const ids = exercises.map((exercise) => exercise.id);
const feelingWords = fc.subarray(['anxious', 'overwhelmed', 'panicky', 'calm', 'tired', 'grateful']);

describe('anotherPractice', () => {
  it('lists one of each practice in the popup’s order, never the one just done or a hidden one', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.option(fc.constantFrom(...ids), { nil: undefined }), feelingWords, (hidden, justDone, named) => {
        const listed = anotherPractice(exercises, hidden, justDone, named);
        const practicesListed = listed.map((exercise) => exercise.practice);
        expect(new Set(practicesListed).size).toBe(listed.length);
        for (const exercise of listed) {
          expect(exercise.id).not.toBe(justDone);
          expect(hidden).not.toContain(exercise.id);
        }
        // Every practice with an exercise left to offer is there.
        const offerable = new Set(exercises.filter((exercise) => exercise.id !== justDone && !hidden.includes(exercise.id)).map((exercise) => exercise.practice));
        expect(new Set(practicesListed)).toEqual(offerable);
      }),
    );
  });

  it('puts grounding first after panicky, overwhelmed or anxious, unless it is hidden or just done', () => {
    for (const word of ['panicky', 'overwhelmed', 'anxious']) {
      expect(anotherPractice(exercises, [], 'name-it', [word]).map((exercise) => exercise.id)).toEqual(['ground-yourself', 'allow-it', 'self-compassion-break', 'values-compass']);
    }
    const usual = ['coherent-breathing', 'allow-it', 'self-compassion-break', 'values-compass'];
    expect(anotherPractice(exercises, [], 'name-it', ['tired', 'calm']).map((exercise) => exercise.id)).toEqual(usual);
    expect(anotherPractice(exercises, [], 'name-it').map((exercise) => exercise.id)).toEqual(usual);
    expect(anotherPractice(exercises, ['ground-yourself'], 'name-it', ['anxious']).map((exercise) => exercise.id)).toEqual(usual);
    expect(anotherPractice(exercises, [], 'ground-yourself', ['anxious'])[0]?.id).toBe('coherent-breathing');
  });
});
