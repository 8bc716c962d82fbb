import type { InvalidPreference } from './preferences';
import { PREFERENCE_BACKUP_KEY } from './storage-keys';

/** Raw values that could not be read, kept in `storage.local` so nothing the person had is lost. */
export interface PreferenceBackup {
  savedAt: number;
  items: Record<string, unknown>;
}

/** Enough history to recover from a bad sync, small enough to stay far inside local quota. */
export const MAX_PREFERENCE_BACKUPS = 20;

function isBackup(value: unknown): value is PreferenceBackup {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<PreferenceBackup>;
  return typeof candidate.savedAt === 'number' && typeof candidate.items === 'object' && candidate.items !== null;
}

/** Reads the stored backups; anything unexpected there is itself kept as a backup entry. */
export function readBackups(stored: unknown, now: number): PreferenceBackup[] {
  if (stored === undefined || stored === null) return [];
  if (Array.isArray(stored) && stored.every(isBackup)) return stored;
  return [{ savedAt: now, items: { [PREFERENCE_BACKUP_KEY]: stored } }];
}

export function addBackup(stored: unknown, invalid: readonly InvalidPreference[], now: number): PreferenceBackup[] {
  const backups = readBackups(stored, now);
  if (invalid.length === 0) return backups;
  const items = Object.fromEntries(invalid.map((entry) => [entry.key, entry.value]));
  return [...backups, { savedAt: now, items }].slice(-MAX_PREFERENCE_BACKUPS);
}

/** Whether there is a backup the person hasn't been told about yet. */
export function hasUnseenBackup(stored: unknown, seenAt: unknown, now: number): boolean {
  const latest = readBackups(stored, now).at(-1);
  if (!latest) return false;
  return typeof seenAt !== 'number' || latest.savedAt > seenAt;
}
