// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { affirmationCategories, affirmations } from '../../src/core/affirmations';
import { readLocale } from '../helpers/messages';

const english = readLocale('en');

describe('the bundled affirmations', () => {
  it('are fourteen in each of the six categories, in category order', () => {
    expect(affirmationCategories).toEqual(['kindness', 'humanity', 'present', 'allowing', 'mistakes', 'trust']);
    expect(affirmations).toHaveLength(84);
    const expected = affirmationCategories.flatMap((category) => Array<string>(14).fill(category));
    expect(affirmations.map(({ category }) => category)).toEqual(expected);
    expect(affirmations.slice(0, 3).map(({ id }) => id)).toEqual(['affirmationKindness1', 'affirmationKindness2', 'affirmationKindness3']);
    expect(affirmations.at(-1)?.id).toBe('affirmationTrust14');
  });

  it('have distinct ids and carry no text of their own (it lives in _locales)', () => {
    expect(new Set(affirmations.map(({ id }) => id)).size).toBe(affirmations.length);
    expect(affirmations.filter((affirmation) => affirmation.text !== undefined)).toEqual([]);
  });

  it('every bundled key exists in English, with a description, and all the texts differ', () => {
    expect(affirmations.filter(({ id }) => !english[id]?.message || !english[id]?.description).map(({ id }) => id)).toEqual([]);
    const texts = affirmations.map(({ id }) => english[id]?.message);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('English has no affirmation message the list leaves out', () => {
    const keys = Object.keys(english).filter((key) => /^affirmation(Kindness|Humanity|Present|Allowing|Mistakes|Trust)\d+$/.test(key));
    expect(keys.sort()).toEqual(affirmations.map(({ id }) => id).sort());
  });

  it('each is short, spoken to the reader, and asks nothing of them', () => {
    for (const { id } of affirmations) {
      const text = english[id]?.message ?? '';
      expect(text.length, id).toBeLessThanOrEqual(140);
      // Spoken to the reader; the one older line that says "this breath" already is.
      if (id !== 'affirmationPresent1') expect(text, id).toMatch(/\byou(r|rs|rself)?\b/i);
      expect(text, id).not.toMatch(/\b(should|must)\b/i);
    }
  });

  it('vary how they begin: at most eight of them start with "You can"', () => {
    const youCan = affirmations.filter(({ id }) => english[id]?.message.startsWith('You can'));
    expect(youCan.length).toBeLessThanOrEqual(8);
  });

  it('never presume the day is hard: a hard day or moment is only ever an "if" or a "when"', () => {
    const presumes = /\b(today|this (moment|day))\b[^.;]*\b(hard|tired|heavy)\b|\bhard (day|moment|time)\b|\bdays like this\b|\bthis same kind of tired\b/i;
    const conditional = /^(If|When)\b|\bwhen it comes\b|\bon a hard day\b/i;
    const presuming = affirmations.map(({ id }) => [id, english[id]?.message ?? ''] as const).filter(([, text]) => presumes.test(text) && !conditional.test(text));
    expect(presuming).toEqual([]);
  });

  it('every category has a label for the options page', () => {
    for (const category of affirmationCategories) {
      const key = `affirmationCategory${category[0]?.toUpperCase()}${category.slice(1)}`;
      expect(english[key]?.message, key).toBeTruthy();
      expect(english[key]?.description, key).toBeTruthy();
    }
  });
});
