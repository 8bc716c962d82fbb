import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/messages';
import { pressureIn, pressureInMessage } from './pressure-words';

describe('kind language', () => {
  it('no English message guilts or pressures', () => {
    const found = Object.entries(readLocale('en'))
      .map(([key, entry]) => ({ key, reasons: pressureInMessage(key, entry.message) }))
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

  it('lets Name it offer feeling words such as ashamed, but nowhere else', () => {
    expect(pressureInMessage('emotionAshamed', 'ashamed')).toEqual([]);
    expect(pressureInMessage('emotionAshamed', 'You should be ashamed')).not.toEqual([]);
    expect(pressureInMessage('invitationX', 'ashamed')).not.toEqual([]);
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
