/*
 * Emotion words for "Name it", placed on two axes (pleasantness × energy) as four quadrants.
 * Our own everyday words, each a message key; ordered mild to intense within a quadrant.
 * "Unpleasant" is not "bad": the copy never judges a feeling.
 */
export const quadrants = ['pleasant-high', 'pleasant-low', 'unpleasant-high', 'unpleasant-low'] as const;
export type Quadrant = (typeof quadrants)[number];

export interface EmotionWord {
  /** Stable id stored in the journal. */
  id: string;
  /** Message key of the word. */
  key: string;
  /** Words like hopeless or despairing gently bring the More support link into view. */
  offerSupport?: boolean;
}

/** At most this many words can be picked: feelings are often mixed. */
export const MAX_EMOTION_PICKS = 2;

/** Message key of each quadrant's label, in words as well as colour. */
export const quadrantLabels: Readonly<Record<Quadrant, string>> = {
  'pleasant-high': 'quadrantPleasantHigh',
  'pleasant-low': 'quadrantPleasantLow',
  'unpleasant-high': 'quadrantUnpleasantHigh',
  'unpleasant-low': 'quadrantUnpleasantLow',
};

/** Message key of a sentence with a few of the quadrant's words, to help choose. */
export const quadrantHints: Readonly<Record<Quadrant, string>> = {
  'pleasant-high': 'quadrantPleasantHighHint',
  'pleasant-low': 'quadrantPleasantLowHint',
  'unpleasant-high': 'quadrantUnpleasantHighHint',
  'unpleasant-low': 'quadrantUnpleasantLowHint',
};

/** "at-ease" → { id: 'at-ease', key: 'emotionAtEase' }. */
function word(id: string, offerSupport?: true): EmotionWord {
  const key = `emotion${id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
  return offerSupport ? { id, key, offerSupport } : { id, key };
}

/** Our own selection of everyday words, mild to intense; the picker shows the first dozen first. */
export const emotionWords: Readonly<Record<Quadrant, readonly EmotionWord[]>> = {
  'pleasant-high': [
    'interested', 'amused', 'curious', 'cheerful', 'playful', 'hopeful', 'eager', 'motivated',
    'confident', 'proud', 'excited', 'inspired', 'delighted', 'joyful', 'thrilled', 'overjoyed',
  ].map((id) => word(id)),
  'pleasant-low': [
    'settled', 'comfortable', 'relaxed', 'at-ease', 'calm', 'cosy', 'content', 'relieved', 'safe',
    'satisfied', 'grateful', 'tender', 'loved', 'peaceful', 'serene',
  ].map((id) => word(id)),
  'unpleasant-high': [
    'unsettled', 'impatient', 'irritated', 'restless', 'nervous', 'on-edge', 'worried', 'tense',
    'stressed', 'frustrated', 'anxious', 'overwhelmed', 'angry', 'scared', 'panicky', 'furious',
  ].map((id) => word(id)).concat(word('desperate', true)),
  'unpleasant-low': [
    'flat', 'bored', 'tired', 'wistful', 'low', 'disappointed', 'sad', 'lonely', 'discouraged', 'guilty', 'drained',
    'exhausted', 'ashamed', 'numb', 'hurt', 'heartbroken',
  ].map((id) => word(id)).concat(word('hopeless', true), word('worthless', true), word('despairing', true)),
};

const allWords: readonly EmotionWord[] = quadrants.flatMap((quadrant) => emotionWords[quadrant]);

export function emotionWordById(id: string): EmotionWord | undefined {
  return allWords.find((candidate) => candidate.id === id);
}

/** True when any picked word is one that gently brings the More support link into view. */
export function needsSupportLink(ids: readonly string[]): boolean {
  return ids.some((id) => emotionWordById(id)?.offerSupport === true);
}

/** The quadrant a word id belongs to; undefined for a word this version doesn't know. */
export function quadrantOfWord(id: string): Quadrant | undefined {
  return quadrants.find((quadrant) => emotionWords[quadrant].some((candidate) => candidate.id === id));
}
