import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/core/exercises';
import { arrangeForPopup } from '../../../src/core/exercises/popup-arrangement';

const ids = exercises.map((exercise) => exercise.id);

describe('arrangeForPopup', () => {
  it('lists every exercise the person hasn’t hidden exactly once, whatever is suggested or favoured', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), fc.option(fc.constantFrom(...exercises), { nil: undefined }), (hidden, favourites, suggestion) => {
        const visible = exercises.filter((exercise) => !hidden.includes(exercise.id));
        const { suggestion: shown, favourites: favoured, byPractice } = arrangeForPopup(visible, favourites, suggestion);
        const listed = [...(shown ? [shown] : []), ...favoured, ...byPractice.flatMap((group) => group.exercises)];
        expect(listed.map((exercise) => exercise.id).toSorted()).toEqual(visible.map((exercise) => exercise.id).toSorted());
        expect(byPractice.every((group) => group.exercises.length > 0 && group.exercises.every((exercise) => exercise.practice === group.practice))).toBe(true);
      }),
    );
  });

  it('keeps the suggestion out of the favourites and out of its practice', () => {
    const selfCompassionBreak = exercises.find((exercise) => exercise.id === 'self-compassion-break');
    const { favourites, byPractice } = arrangeForPopup(exercises, ['self-compassion-break', 'box-breathing'], selfCompassionBreak);
    expect(favourites.map((exercise) => exercise.id)).toEqual(['box-breathing']);
    expect(byPractice.find((group) => group.practice === 'friend')?.exercises.map((exercise) => exercise.id)).toEqual(['friend-check', 'inner-critic', 'after-a-mistake', 'soothing-touch']);
  });
});
