// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionLengthMs } from '../../../src/core/breathing';
import { exercises } from '../../../src/core/exercises';
import { exerciseSeconds, personPacedSeconds } from '../../../src/core/exercises/length';
import type { Exercise, ExerciseStep } from '../../../src/core/exercises/types';

const exercise = (...steps: ExerciseStep[]): Exercise => ({ id: 'test', practice: 'mindfulness', title: 't', summary: 's', closing: 'c', steps });
const coherent = (minutes?: { min: number; max: number }): ExerciseStep => ({ kind: 'breathing', pattern: 'coherent', ...(minutes && { minutes }) });
const breathe = (minutes: number) => sessionLengthMs('coherent', { durationMs: minutes * 60_000 }) / 1000;

describe('exerciseSeconds', () => {
  it('adds up lines held for a while and touch', () => {
    expect(exerciseSeconds(exercise({ kind: 'dwell', text: 'a', seconds: 12 }, { kind: 'touch', seconds: 30 }))).toBe(42);
  });

  it('counts a fair time for the steps the person takes at their own pace', () => {
    const paced = exercise({ kind: 'guide', text: 'a' }, { kind: 'name-emotion' }, { kind: 'values' }, { kind: 'reflect', prompt: 'p', placeholder: 'h', noteId: 'friend' });
    expect(exerciseSeconds(paced)).toBe(personPacedSeconds.guide + personPacedSeconds['name-emotion'] + personPacedSeconds.values + personPacedSeconds.reflect);
  });

  it('breathes for the minutes asked, kept within the step’s range', () => {
    const ranged = exercise({ kind: 'dwell', text: 'a', seconds: 8 }, coherent({ min: 2, max: 3 }));
    expect(exerciseSeconds(ranged)).toBe(8 + breathe(2));
    expect(exerciseSeconds(ranged, 3)).toBe(8 + breathe(3));
    expect(exerciseSeconds(ranged, 5)).toBe(8 + breathe(3));
    expect(exerciseSeconds(ranged, Number.NaN)).toBe(8 + breathe(2));
  });

  it('without a range of its own, breathing follows the preference (1 to 5 minutes)', () => {
    expect(exerciseSeconds(exercise(coherent()), 4)).toBe(breathe(4));
    expect(exerciseSeconds(exercise(coherent()), 9)).toBe(breathe(5));
    expect(exerciseSeconds(exercise(coherent()), 0)).toBe(breathe(1));
  });

  it('stops 4-7-8 after four rounds however long is asked', () => {
    const fourSevenEight = exercise({ kind: 'breathing', pattern: '4-7-8', minutes: { min: 1, max: 5 } });
    expect(exerciseSeconds(fourSevenEight, 5)).toBe(4 * 19);
  });

  it('is always whole seconds, between the shortest and the longest an exercise can be', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exercises), fc.double(), (chosen, minutes) => {
        const seconds = exerciseSeconds(chosen, minutes);
        expect(Number.isInteger(seconds)).toBe(true);
        expect(seconds).toBeGreaterThanOrEqual(Math.min(exerciseSeconds(chosen, 1), exerciseSeconds(chosen, 5)));
        expect(seconds).toBeLessThanOrEqual(Math.max(exerciseSeconds(chosen, 1), exerciseSeconds(chosen, 5)));
      }),
    );
  });
});
