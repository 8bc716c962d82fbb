// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affirmations, pickAffirmation } from '../../src/core/affirmations';

describe('pickAffirmation', () => {
  it('always picks one of the list for any random number in [0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (random) => {
        expect(affirmations).toContain(pickAffirmation(affirmations, random));
      }),
    );
  });

  it('reaches every affirmation', () => {
    const picked = new Set(affirmations.map((_, i) => pickAffirmation(affirmations, (i + 0.5) / affirmations.length)));
    expect(picked.size).toBe(affirmations.length);
  });

  it('gives nothing for an empty list', () => {
    expect(pickAffirmation([], 0.5)).toBeUndefined();
  });
});
