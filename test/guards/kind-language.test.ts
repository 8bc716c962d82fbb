import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/messages';

/*
 * Kindly never guilts or pressures (DESIGN.md, "No guilt"). People quit tools that count what
 * they missed or push them with urgency, so these words and phrases are kept out of the English
 * messages. Each entry says why; a message that truly needs one should be rephrased instead.
 */
const refused: { pattern: RegExp; why: string }[] = [
  { pattern: /\bmiss(ed|ing)? (a |your |\d+ )?(pause|break|session|day)s?\b/i, why: 'counts what was skipped' },
  { pattern: /\bstreaks?\b/i, why: 'streaks turn rest into a score that can be lost' },
  { pattern: /\b(you )?fail(ed|ure)?\b/i, why: 'frames a choice as failure' },
  { pattern: /\blazy\b/i, why: 'judges the person' },
  { pattern: /\bshould(n't| not)? have\b/i, why: 'hindsight blame' },
  { pattern: /\byou (must|need to|have to)\b/i, why: 'commands instead of inviting' },
  { pattern: /\bdon't forget\b/i, why: 'nagging' },
  { pattern: /\b(hurry|quick,|right now!|asap)\b/i, why: 'urgency' },
  { pattern: /\bfall(en|ing)? behind\b|\byou're behind\b/i, why: 'comparison with a schedule' },
  { pattern: /\b(guilt|guilty|shame|ashamed)\b/i, why: 'names the feeling Kindly exists to ease' },
  { pattern: /\bdisappoint/i, why: 'implies someone is let down' },
  { pattern: /\bonly \d+ (left|more)\b/i, why: 'scarcity pressure' },
  { pattern: /\bgave up|giving up\b/i, why: 'frames stopping as quitting' },
  { pattern: /!{2,}/, why: 'shouting' },
];

export function pressureIn(text: string): string[] {
  return refused.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
}

describe('kind language', () => {
  it('no English message guilts or pressures', () => {
    const found = Object.entries(readLocale('en'))
      .map(([key, entry]) => ({ key, reasons: pressureIn(entry.message) }))
      .filter(({ reasons }) => reasons.length > 0);
    expect(found).toEqual([]);
  });

  it('catches the kinds of copy it exists to catch', () => {
    expect(pressureIn('You missed 3 pauses today')).toContain('counts what was skipped');
    expect(pressureIn('Keep your streak going!')).toContain('streaks turn rest into a score that can be lost');
    expect(pressureIn("Don't forget to breathe")).toContain('nagging');
    expect(pressureIn('You must take a break')).toContain('commands instead of inviting');
    expect(pressureIn('Take a breath whenever you like.')).toEqual([]);
  });
});

describe('reminder invitations', () => {
  it('there are at least twelve, all different', async () => {
    const { invitations } = await import('../../src/core/reminders/invitations');
    const english = readLocale('en');
    const texts = invitations.map((key) => english[key]?.message);
    expect(texts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
