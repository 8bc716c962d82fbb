// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/core/exercises';
import { catalogue } from '../../../src/core/exercises/catalogue';
import { exerciseSeconds, listingOf } from '../../../src/core/exercises/length';
import { listedSeconds, type ListedExercise } from '../../../src/core/exercises/listed';

/** catalogue.ts as the exercises give it. */
function catalogueSource(listed: readonly ListedExercise[]): string {
  const rows = listed.map(({ id, practice, title, seconds }) => `  { id: '${id}', practice: '${practice}', title: '${title}', seconds: [${seconds.join(', ')}] },`);
  return [
    '// Written from the exercises (index.ts) by test/core/exercises/catalogue.test.ts; after changing',
    '// an exercise, `npx vitest run --project unit test/core/exercises/catalogue.test.ts -u` rewrites it.',
    "import type { ListedExercise } from './listed';",
    '',
    '/** Every exercise as the popup lists it, in the registry’s order, without its steps (listed.ts). */',
    'export const catalogue: readonly ListedExercise[] = [',
    ...rows,
    '];',
    '',
  ].join('\n');
}

describe('the exercises’ catalogue', () => {
  it('lists every exercise, in order, with the title, practice and length the exercise itself gives', async () => {
    await expect(catalogueSource(exercises.map(listingOf))).toMatchFileSnapshot('../../../src/core/exercises/catalogue.ts');
    expect(catalogue).toEqual(exercises.map(listingOf));
  });

  it('says the length an exercise takes at any whole number of breathing minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: exercises.length - 1 }), fc.integer({ min: -3, max: 9 }), (index, minutes) => {
        const exercise = exercises[index]!;
        expect(listedSeconds(listingOf(exercise), minutes)).toBe(exerciseSeconds(exercise, minutes));
      }),
    );
  });
});
