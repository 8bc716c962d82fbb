/*
 * The bundled affirmations: message keys in _locales, each in one of the practices' categories.
 * The new-tab issue grows this list and adds rotation; the text itself lives in _locales.
 */
export type AffirmationCategory = 'kindness' | 'humanity' | 'present' | 'allowing' | 'mistakes' | 'trust';

export interface Affirmation {
  key: string;
  category: AffirmationCategory;
}

export const affirmations: readonly Affirmation[] = [
  { key: 'affirmationKindnessFriend', category: 'kindness' },
  { key: 'affirmationKindnessSide', category: 'kindness' },
  { key: 'affirmationHumanityCompany', category: 'humanity' },
  { key: 'affirmationPresentBreath', category: 'present' },
  { key: 'affirmationPresentShoulders', category: 'present' },
  { key: 'affirmationAllowFeelings', category: 'allowing' },
  { key: 'affirmationMistakesWho', category: 'mistakes' },
  { key: 'affirmationTrustMatters', category: 'trust' },
];

/** Picks one affirmation for a random number in [0, 1); the caller owns the randomness. */
export function pickAffirmation(list: readonly Affirmation[], random: number): Affirmation | undefined {
  if (list.length === 0) return undefined;
  const index = Math.min(list.length - 1, Math.max(0, Math.floor(random * list.length)));
  return list[index];
}
