import { t, type MessageKey } from '../i18n';

/** Exercise data names its words by message key; the exercise convention test checks each exists. */
export function exerciseText(key: string, ...substitutions: string[]): string {
  return t(key as MessageKey, ...substitutions);
}
