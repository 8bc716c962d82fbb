// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestExercise } from '../../../src/core/exercises/suggest';
import type { Exercise } from '../../../src/core/exercises/types';
import { local, useTimeZone } from '../../helpers/time-zones';

const exercise = (id: string): Exercise => ({ id, practice: 'mindfulness', title: 't', summary: 's', closing: 'c', steps: [] });
const all = ['coherent-breathing', 'cyclic-sigh', 'name-it', 'self-compassion-break', 'soothing-touch', 'body-scan', 'friend-check'].map(exercise);

describe('suggestExercise', () => {
  useTimeZone('Europe/Berlin');

  it('fits the time of day', () => {
    expect(suggestExercise(local(2026, 11, 23, 8), [], all)?.id).toBe('coherent-breathing');
    expect(suggestExercise(local(2026, 11, 23, 15), [], all)?.id).toBe('cyclic-sigh');
    expect(suggestExercise(local(2026, 11, 23, 20), [], all)?.id).toBe('self-compassion-break');
  });

  it('offers grounding first soon after someone names panicky, overwhelmed or anxious, and only then', () => {
    const withGround = [...all, exercise('ground-yourself')];
    const named = (emotions: string[], hour: number) => [{ exercise: 'name-it', at: local(2026, 11, 23, hour), emotions }];
    for (const word of ['panicky', 'overwhelmed', 'anxious']) expect(suggestExercise(local(2026, 11, 23, 15), named([word], 14), withGround)?.id).toBe('ground-yourself');
    expect(suggestExercise(local(2026, 11, 23, 15), named(['tired'], 14), withGround)?.id).toBe('cyclic-sigh');
    // Hours later, the day's rhythm is back.
    expect(suggestExercise(local(2026, 11, 23, 18, 30), named(['anxious'], 14), withGround)?.id).not.toBe('ground-yourself');
    // Hidden, it isn't offered.
    expect(suggestExercise(local(2026, 11, 23, 15), named(['anxious'], 14), all)?.id).toBe('cyclic-sigh');
  });

  it('suggests the practices for the inner critic and for mistakes in their hours too', () => {
    const withNew = [...all, exercise('inner-critic'), exercise('after-a-mistake')];
    const done = (id: string, hour: number) => [{ exercise: id, at: local(2026, 11, 23, hour) }];
    expect(suggestExercise(local(2026, 11, 23, 20), done('self-compassion-break', 19), withNew)?.id).toBe('inner-critic');
    const afternoon = [...done('cyclic-sigh', 15), ...done('body-scan', 14), { exercise: 'allow-it', at: local(2026, 11, 23, 13) }];
    expect(suggestExercise(local(2026, 11, 23, 16), afternoon, withNew)?.id).toBe('after-a-mistake');
  });

  it('moves on from what was done lately', () => {
    const recent = [{ exercise: 'coherent-breathing', at: local(2026, 11, 23, 7) }];
    expect(suggestExercise(local(2026, 11, 23, 8), recent, all)?.id).toBe('name-it');
  });

  it('only suggests exercises that are available (not hidden)', () => {
    expect(suggestExercise(local(2026, 11, 23, 8), [], [exercise('friend-check')])?.id).toBe('friend-check');
    expect(suggestExercise(local(2026, 11, 23, 8), [], [])).toBeUndefined();
  });

  it('never suggests the same exercise twice in a row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.array(fc.constantFrom(...all.map((e) => e.id)), { minLength: 1, maxLength: 6 }), (hour, done) => {
        const recent = done.map((id, index) => ({ exercise: id, at: local(2026, 11, 23, 0, index) }));
        expect(suggestExercise(local(2026, 11, 23, hour), recent, all)?.id).not.toBe(done.at(-1));
      }),
    );
  });
});
