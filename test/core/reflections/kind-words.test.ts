import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/core/journal';
import { kindWords, newTabChoice } from '../../../src/core/reflections/kind-words';

const entry = (at: number, exercise: string, notes: Record<string, string>): JournalEntry => ({ exercise, at, seconds: 90, finished: true, notes });
const own = (texts: string[]) => texts.map((text, index) => ({ id: `affirmation.id${String(index).padStart(6, '0')}`, text, order: index + 1 }));

describe('the words a person gave themselves', () => {
  it('are the Friend check and self-compassion break notes, newest first, trimmed', () => {
    const words = kindWords([
      entry(300, 'self-compassion-break', { 'kind-words': '  May I be patient with myself. ' }),
      entry(200, 'name-it', { 'makes-sense': 'I had a long day' }),
      entry(100, 'friend-check', { friend: 'You did what you could.', other: 'not this' }),
      entry(50, 'friend-check', { friend: '   ' }),
    ]);
    expect(words).toEqual([
      { at: 300, exercise: 'self-compassion-break', noteId: 'kind-words', text: 'May I be patient with myself.' },
      { at: 100, exercise: 'friend-check', noteId: 'friend', text: 'You did what you could.' },
    ]);
  });

  it('include the kind answer to the inner critic and the sentence to carry on with after a mistake', () => {
    const words = kindWords([
      entry(300, 'after-a-mistake', { 'carry-on': 'I am putting it right.' }),
      entry(200, 'inner-critic', { 'critic-reply': 'You care about this. One step at a time.' }),
    ]);
    expect(words.map(({ noteId, text }) => [noteId, text])).toEqual([
      ['carry-on', 'I am putting it right.'],
      ['critic-reply', 'You care about this. One step at a time.'],
    ]);
  });

  it('lists words written more than once only once, where they were last written', () => {
    const words = kindWords([
      entry(300, 'friend-check', { friend: 'You are doing your best.' }),
      entry(200, 'self-compassion-break', { 'kind-words': 'May I rest.' }),
      entry(100, 'friend-check', { friend: ' You are doing your best. ' }),
    ]);
    expect(words.map(({ at, text }) => [at, text])).toEqual([
      [300, 'You are doing your best.'],
      [200, 'May I rest.'],
    ]);
  });

  it('can go on the new tab while they fit the own affirmations’ limits', () => {
    expect(newTabChoice('You did what you could.', own(['Something else']))).toBe('can-add');
    expect(newTabChoice('x'.repeat(160), [])).toBe('can-add');
    expect(newTabChoice('x'.repeat(161), [])).toBe('too-long');
    expect(newTabChoice('Kind words', own(Array.from({ length: 50 }, (_, index) => `words ${index}`)))).toBe('list-full');
  });

  it('are already on the new tab when an own affirmation says the same, even with the list full', () => {
    const full = own(Array.from({ length: 49 }, (_, index) => `words ${index}`).concat('You did what you could.'));
    expect(newTabChoice('  You did what you could. ', full)).toBe('on-new-tab');
  });
});
