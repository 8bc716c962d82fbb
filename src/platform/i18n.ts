import { extensionApi as browser } from './browser-api';

/** A message from _locales in the browser's language (English when there is no translation). */
export function getMessage(key: string, substitutions?: string | string[]): string {
  // Chrome's own getMessage refuses an explicit `undefined` for substitutions: leave it out.
  return substitutions === undefined ? browser.i18n.getMessage(key) : browser.i18n.getMessage(key, substitutions);
}
