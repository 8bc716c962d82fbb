/*
 * The bundled affirmations, each in one of the practices' categories. The text lives in _locales
 * (affirmationKindness1, affirmationHumanity1, ...); rotation is in affirmation-rotation.ts.
 */
export type AffirmationCategory = 'kindness' | 'humanity' | 'present' | 'allowing' | 'mistakes' | 'trust';

/** In the order the options page lists them and the pool draws from them. */
export const affirmationCategories: readonly AffirmationCategory[] = ['kindness', 'humanity', 'present', 'allowing', 'mistakes', 'trust'];

/** A bundled affirmation's id is its message key; a person's own carries its text (and its id is its storage key). */
export interface Affirmation {
  id: string;
  category: AffirmationCategory | 'own';
  text?: string;
}

/*
 * How many messages each category has in _locales. The list is generated from these counts, not
 * written out, because it ships in the new tab's small bundle; a category grows by adding
 * affirmation<Category><n+1> to _locales and raising its count here.
 */
const counts: Record<AffirmationCategory, number> = { kindness: 14, humanity: 14, present: 14, allowing: 14, mistakes: 14, trust: 14 };

/** Every bundled affirmation: category by category, in order, 1..count within each. */
export const affirmations: readonly Affirmation[] = affirmationCategories.flatMap((category) =>
  Array.from({ length: counts[category] }, (_, index) => ({
    id: `affirmation${category[0]?.toUpperCase()}${category.slice(1)}${index + 1}`,
    category,
  })),
);
