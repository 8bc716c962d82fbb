import * as v from 'valibot';
import { backupSchema, dayKeySchema, EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './data-export-schema';
import { dayOfKey, isDayListKey } from './day-lists';
import { journalEntrySchema } from './journal';
import { readBackups } from './preference-backup';
import type { StoredItems } from './preference-migrations';
import { chosenPreferenceItems, parsePreferencesArea } from './preferences-area';
import { pauseLogEntrySchema } from './reminders/pause-log';
import { localDay } from './time';
import { PREFERENCE_BACKUP_KEY, PREFERENCE_BACKUP_SEEN_KEY, PREFERENCES_AREA_KEY, type DayList } from './storage-keys';

export type { ExportDocument } from './data-export-schema';

/** Everything Kindly keeps, as read from both storage areas. */
export interface StorageSnapshot {
  sync: StoredItems;
  local: StoredItems;
}

const entrySchemas = { journal: journalEntrySchema, pauseLog: pauseLogEntrySchema };

/**
 * One list's days, keyed by day, holding only entries Kindly can read back (the reflections
 * page skips anything else too), so an export can always be imported again.
 */
function daysOf(list: DayList, local: StoredItems): Record<string, unknown[]> {
  const days: Record<string, unknown[]> = {};
  for (const [key, stored] of Object.entries(local)) {
    if (!isDayListKey(list, key)) continue;
    const day = dayOfKey(list, key);
    const entries = Array.isArray(stored) ? stored.filter((entry) => v.is(entrySchemas[list], entry)) : [];
    if (v.is(dayKeySchema, day) && entries.length > 0) days[day] = entries;
  }
  return days;
}

/*
 * What belongs in an export is what the person made or chose: their preferences (as stored, so a
 * file from this version reads exactly like storage would), where they keep them, the journal,
 * the pause history, and the backups of values that couldn't be read. The worker's schedule is
 * left out on purpose: it is a moment-to-moment timer (when the rhythm began, a snooze), and
 * brought back later it would only be stale; after an erase or import a fresh rhythm starts.
 */
export function buildExport(snapshot: StorageSnapshot, now: number): ExportDocument {
  const { local } = snapshot;
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    preferences: chosenPreferenceItems(snapshot.sync, local),
    preferencesArea: parsePreferencesArea(local[PREFERENCES_AREA_KEY]),
    journal: daysOf('journal', local) as ExportDocument['journal'],
    pauseLog: daysOf('pauseLog', local) as ExportDocument['pauseLog'],
  };
  if (local[PREFERENCE_BACKUP_KEY] !== undefined) {
    document.backups = readBackups(local[PREFERENCE_BACKUP_KEY], now).filter((backup) => v.is(backupSchema, backup));
  }
  const seenAt = local[PREFERENCE_BACKUP_SEEN_KEY];
  if (typeof seenAt === 'number' && Number.isFinite(seenAt) && seenAt >= 0) document.backupsSeenAt = seenAt;
  return document;
}

/** Readable by a person too: two-space indents, keys in a stable order. */
export function exportText(document: ExportDocument | HistoryDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "kindly-2026-03-14.json", the local day of the export. */
export function exportFileName(now: number): string {
  return `kindly-${localDay(now)}.json`;
}

/** "kindly-reflections-2026-03-14.csv": the reflections page's export of the history alone. */
export function historyFileName(now: number, extension: 'csv' | 'json'): string {
  return `kindly-reflections-${localDay(now)}.${extension}`;
}

/** The history alone (journal and pause log), as the full export writes them, for the reflections page. */
export type HistoryDocument = Pick<ExportDocument, 'format' | 'version' | 'exportedAt' | 'journal' | 'pauseLog'>;

export function buildHistoryExport(local: StoredItems, now: number): HistoryDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    journal: daysOf('journal', local) as ExportDocument['journal'],
    pauseLog: daysOf('pauseLog', local) as ExportDocument['pauseLog'],
  };
}
