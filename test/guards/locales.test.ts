import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { affirmations } from '../../src/core/affirmations';
import { invitations } from '../../src/core/reminders/invitations';
import { readLocale } from '../helpers/messages';
import { sourceFiles } from '../helpers/source-files';
import { messageProblems, translationProblems } from './locale-check';

const root = resolve(import.meta.dirname, '../..');
const languages = readdirSync(join(root, '_locales'));
const english = readLocale('en');

describe('_locales', () => {
  it('English is complete: every message has text, a description for translators, and matching placeholders', () => {
    expect(messageProblems(english)).toEqual([]);
    expect(Object.entries(english).filter(([, entry]) => !entry.description).map(([key]) => key)).toEqual([]);
  });

  for (const language of languages.filter((name) => name !== 'en')) {
    it(`${language} has every key and placeholder of English`, () => {
      expect(translationProblems(english, readLocale(language))).toEqual([]);
    });
  }

  it('the translation check catches missing keys and placeholders', () => {
    const broken = {
      extName: { message: 'Kindly' },
      remindersRhythm: { message: 'Toutes les $MINUTES$ minutes', placeholders: { minutes: { content: '$1' } } },
      extra: { message: 'x' },
    };
    const problems = translationProblems(english, broken);
    expect(problems).toContain('extDescription: missing');
    expect(problems).toContain('remindersRhythm: placeholders minutes instead of days, from, minutes, until');
    expect(problems).toContain('extra: not in English');
  });

  it('every message key the code and manifest use exists in English', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1] ?? '');
    }
    for (const affirmation of affirmations) used.add(affirmation.id);
    for (const invitation of invitations) used.add(invitation);
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bgetMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1] ?? '');
    }
    for (const match of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1] ?? '');
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !english[key])).toEqual([]);
  });

  it('the manifest description fits the stores (132 characters)', () => {
    expect(english.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
