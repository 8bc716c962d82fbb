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

/**
 * Our own selection of everyday words. The picker shows each quadrant's first twelve first, and
 * they run from mild to intense, the hard ones among them (angry, scared, ashamed, hurt,
 * hopeless): a person in a hard moment should find their word without asking for more. The rest
 * are one press away.
 */
export const emotionWords: Readonly<Record<Quadrant, readonly EmotionWord[]>> = {
  'pleasant-high': [
    'interested', 'curious', 'amused', 'happy', 'cheerful', 'playful', 'hopeful', 'eager',
    'confident', 'proud', 'excited', 'joyful',
    'motivated', 'inspired', 'delighted', 'thrilled', 'overjoyed',
  ].map((id) => word(id)),
  'pleasant-low': [
    'settled', 'comfortable', 'relaxed', 'calm', 'content', 'relieved', 'safe', 'grateful',
    'affectionate', 'loved', 'peaceful', 'serene',
    'at-ease', 'cosy', 'satisfied',
  ].map((id) => word(id)),
  'unpleasant-high': [
    'unsettled', 'confused', 'nervous', 'impatient', 'worried', 'insecure', 'stressed', 'frustrated',
    'anxious', 'overwhelmed', 'angry', 'scared',
    'restless', 'irritated', 'on-edge', 'tense', 'embarrassed', 'jealous', 'panicky', 'furious',
  ].map((id) => word(id)).concat(word('desperate', true)),
  'unpleasant-low': [
    'flat', 'bored', 'tired', 'low', 'disappointed', 'sad', 'lonely', 'guilty', 'hurt', 'ashamed',
    'heartbroken',
  ].map((id) => word(id)).concat(
    word('hopeless', true),
    ['discouraged', 'regretful', 'rejected', 'longing', 'drained', 'exhausted', 'numb'].map((id) => word(id)),
    word('despairing', true),
  ),
};

/**
 * Words earlier versions offered, kept so entries that named them still read back (Reflections).
 * "worthless" is a judgement, not a feeling: the picker no longer offers it as one (the unpleasant,
 * low-energy words carry a quiet line with the More support link instead); "tender" and "wistful"
 * read two ways, and gave way to "affectionate" and "longing".
 */
export const formerEmotionWords: Readonly<Record<Quadrant, readonly EmotionWord[]>> = {
  'pleasant-high': [],
  'pleasant-low': [word('tender')],
  'unpleasant-high': [],
  'unpleasant-low': [word('wistful'), word('worthless', true)],
};

const allWords: readonly EmotionWord[] = quadrants.flatMap((quadrant) => [...emotionWords[quadrant], ...formerEmotionWords[quadrant]]);

/** Any word Kindly has offered, today's or a former one (for entries that named it). */
export function emotionWordById(id: string): EmotionWord | undefined {
  return allWords.find((candidate) => candidate.id === id);
}

/** The quadrant a word (today's or a former one) belongs to. */
export function quadrantOfWord(id: string): Quadrant | undefined {
  return quadrants.find((quadrant) => [...emotionWords[quadrant], ...formerEmotionWords[quadrant]].some((candidate) => candidate.id === id));
}

/** True when any picked word is one that gently brings the More support link into view. */
export function needsSupportLink(ids: readonly string[]): boolean {
  return ids.some((id) => emotionWordById(id)?.offerSupport === true);
}
