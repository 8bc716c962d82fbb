import { describe, expect, it } from 'vitest';
import { breathingPatterns, type BreathingPatternId } from '../../../src/core/breathing';
import { breathingExerciseFor } from '../../../src/core/exercises/breathing-exercises';

describe('breathingExerciseFor', () => {
  it('has, for every breathing pattern, an exercise that breathes in that pattern', () => {
    for (const pattern of Object.keys(breathingPatterns) as BreathingPatternId[]) {
      const steps = breathingExerciseFor[pattern].steps.filter((step) => step.kind === 'breathing');
      expect(steps.map((step) => step.pattern), pattern).toEqual([pattern]);
    }
  });
});
