import browser from 'webextension-polyfill';

/** A message from _locales in the browser's language (English when there is no translation). */
export function getMessage(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
