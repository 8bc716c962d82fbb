import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

export function readLocale(language: string): LocaleMessages {
  const path = resolve(import.meta.dirname, '../../_locales', language, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as LocaleMessages;
}

/**
 * browser.i18n.getMessage as Chrome and Firefox implement it: named $PLACEHOLDERS$ become their
 * content ($1…$9), which then takes the substitutions. Unknown keys give "".
 */
export function formatMessage(messages: LocaleMessages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\d)|\$\$/g, (whole, index?: string) => (index === undefined ? '$' : (subs[Number(index) - 1] ?? '')));
}
