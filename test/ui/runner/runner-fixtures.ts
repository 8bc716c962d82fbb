import type { EmotionWord, Quadrant } from '../../../src/core/emotions';
import type { Exercise } from '../../../src/core/exercises/types';
import { defaultPreferences, type Preferences } from '../../../src/core/preferences';
import type { ValueOption } from '../../../src/core/values';
import { readLocale } from '../../helpers/messages';

const english = readLocale('en');

/** The English text of a message, so tests follow the copy without repeating it. */
export function say(key: string, ...substitutions: string[]): string {
  const message = english[key]?.message;
  if (message === undefined) throw new Error(`no message ${key}`);
  let index = 0;
  return message.replace(/\$[A-Z]+\$/g, () => substitutions[index++] ?? '');
}

export function exercise(steps: Exercise['steps'], id = 'fixture-practice'): Exercise {
  return { id, practice: 'mindfulness', title: 'exCoherentTitle', summary: 'exCoherentSummary', closing: 'exCoherentClosing', steps };
}

/** A line held 8 s, one minute of even breathing (55 s), soothing touch 20 s: every step timed. */
export const timedPractice = exercise([
  { kind: 'dwell', text: 'exCoherentSettle', seconds: 8 },
  { kind: 'breathing', pattern: 'coherent', minutes: { min: 1, max: 5 } },
  { kind: 'touch', seconds: 20 },
]);

export function preferences(change: { exercises?: Partial<Preferences['exercises']>; values?: string[] } = {}): Preferences {
  return {
    ...defaultPreferences,
    exercises: { ...defaultPreferences.exercises, ...change.exercises },
    values: { chosen: change.values ?? [] },
  };
}

const word = (id: string, key: string, offerSupport?: true): EmotionWord => (offerSupport ? { id, key, offerSupport } : { id, key });

/** A small vocabulary: fourteen words in one quadrant (to need "More words"), a few elsewhere. */
export const fixtureWords: Record<Quadrant, EmotionWord[]> = {
  'pleasant-high': [word('curious', 'emotionCurious'), word('cheerful', 'emotionCheerful')],
  'pleasant-low': [word('calm', 'emotionCalm'), word('content', 'emotionContent')],
  'unpleasant-high': [
    'Unsettled', 'Impatient', 'Irritated', 'Restless', 'Nervous', 'OnEdge', 'Worried',
    'Tense', 'Stressed', 'Frustrated', 'Anxious', 'Overwhelmed', 'Angry', 'Scared',
  ].map((name) => word(name.toLowerCase(), `emotion${name}`)),
  'unpleasant-low': [word('tired', 'emotionTired'), word('sad', 'emotionSad'), word('hopeless', 'emotionHopeless', true)],
};

export const fixtureValues: ValueOption[] = ['Kindness', 'Honesty', 'Curiosity', 'Family', 'Friendship', 'Love', 'Health'].map((name) => ({
  id: name.toLowerCase(),
  key: `value${name}`,
}));

/** Lines to read at one's own pace: an intro that leads into the second, and a third. */
export const readingPractice = exercise([
  { kind: 'guide', text: 'exFriendCheckSituation', intro: true },
  { kind: 'guide', text: 'exFriendCheckFriend' },
  { kind: 'guide', text: 'exFriendCheckTurn' },
]);
