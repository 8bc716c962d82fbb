/*
 * Values are chosen directions, not goals. The list the person picks from (Options and the
 * Values compass); they may also write their own words.
 */
export interface ValueOption {
  /** Stable id stored in preferences (values.chosen). */
  id: string;
  /** Message key. */
  key: string;
}

export const MAX_VALUES = 5;

/** "faith-meaning" → "valueFaithMeaning". */
function option(id: string): ValueOption {
  return { id, key: `value${id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}` };
}

/** Our own list, in no order of importance; the person may add their own words instead. */
export const valueOptions: readonly ValueOption[] = [
  'kindness', 'honesty', 'curiosity', 'family', 'friendship', 'love', 'health', 'rest', 'creativity',
  'learning', 'fairness', 'courage', 'patience', 'play', 'nature', 'craft', 'community', 'calm',
  'adventure', 'generosity', 'independence', 'humour', 'loyalty', 'growth', 'beauty', 'faith-meaning',
  'justice', 'balance', 'presence', 'responsibility', 'gratitude', 'openness',
].map(option);

/** The message key for a known value id; undefined for the person's own words (shown as written). */
export function valueLabelKey(idOrOwnWords: string): string | undefined {
  return valueOptions.find((value) => value.id === idOrOwnWords)?.key;
}
