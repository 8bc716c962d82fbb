import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholePercentages } from '../../../src/core/reflections/shares';

describe('whole percentages', () => {
  it('sum to exactly 100 and stay within one point of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }).map((n) => n / 2), { minLength: 1, maxLength: 6 }), (weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const shares = wholePercentages(weights);
        if (total === 0) {
          expect(shares.every((share) => share === 0)).toBe(true);
          return;
        }
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        for (const [index, share] of shares.entries()) expect(Math.abs(share - (weights[index]! * 100) / total)).toBeLessThan(1);
      }),
    );
  });

  it('give thirds as 34, 33, 33', () => {
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([0, 2, 1, 0])).toEqual([0, 67, 33, 0]);
  });
});
