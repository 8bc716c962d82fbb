import { t } from './i18n';

/** "about 2 min", or "about 45 sec" for the shortest practices. */
export function formatLength(seconds: number): string {
  if (seconds < 60) return t('lengthSeconds', String(Math.max(5, Math.round(seconds / 5) * 5)));
  return t('lengthMinutes', String(Math.round(seconds / 60)));
}
