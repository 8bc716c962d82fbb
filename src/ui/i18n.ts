import type english from '../../_locales/en/messages.json';
import { getMessage } from '../platform/i18n';

/** Every key in the English messages; a typo in a key is a type error. */
export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return getMessage(key, substitutions.length > 0 ? substitutions : undefined);
}

/** The language of the messages actually shown (from the translation in use, not the browser). */
export function messagesLanguage(): string {
  return t('htmlLang') || 'en';
}

/** Sets the page's language and title before anything renders. */
export function preparePage(titleKey: MessageKey): void {
  const lang = messagesLanguage();
  // Setting it, even to the same value, restyles the page before its first frame.
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  document.title = t(titleKey);
}
