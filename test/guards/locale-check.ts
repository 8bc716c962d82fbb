import type { LocaleMessages } from '../helpers/messages';

/** Names of the $PLACEHOLDERS$ a message uses, lower-cased as the browsers match them. */
export function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase()).sort();
}

/** Problems within one language's messages: placeholders used but not defined, or the reverse. */
export function messageProblems(messages: LocaleMessages): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(messages)) {
    if (typeof entry.message !== 'string' || entry.message.trim() === '') problems.push(`${key}: empty message`);
    const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
    const used = [...new Set(placeholdersUsed(entry.message ?? ''))];
    for (const name of used) if (!defined.includes(name)) problems.push(`${key}: uses $${name}$ but does not define it`);
    for (const name of defined) if (!used.includes(name)) problems.push(`${key}: defines $${name}$ but does not use it`);
  }
  return problems;
}

/** What a translation lacks compared with English: keys, and placeholders of each message. */
export function translationProblems(english: LocaleMessages, translation: LocaleMessages): string[] {
  const problems = messageProblems(translation);
  for (const [key, entry] of Object.entries(english)) {
    const translated = translation[key];
    if (!translated) {
      problems.push(`${key}: missing`);
      continue;
    }
    const expected = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
    const actual = Object.keys(translated.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
    if (expected.join() !== actual.join()) problems.push(`${key}: placeholders ${actual.join(', ')} instead of ${expected.join(', ')}`);
  }
  for (const key of Object.keys(translation)) if (!english[key]) problems.push(`${key}: not in English`);
  return problems;
}
