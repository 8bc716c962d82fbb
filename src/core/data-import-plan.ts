import type { ExportDocument, StorageSnapshot } from './data-export';
import { isPlainRecord, jsonEqual } from './json-equal';
import { parseOwnAffirmations } from './own-affirmations';
import { MAX_PREFERENCE_BACKUPS, readBackups } from './preference-backup';
import { migrateStoredItems, type StoredItems } from './preference-migrations';
import type { InvalidPreference } from './preferences';
import { preferenceItems, replacePreferenceItems, type ItemWrite } from './preferences-area';
import { type DayList, dayListPrefixes, PREFERENCE_BACKUP_KEY, PREFERENCE_BACKUP_SEEN_KEY, PREFERENCES_AREA_KEY } from './storage-keys';

export interface ImportPlan {
  /** Written first, when the file keeps preferences in sync. */
  sync?: ItemWrite;
  /** One storage.local write for everything else. */
  local: ItemWrite;
  /** How many entries are new here (for the preview). */
  added: { journal: number; pauseLog: number; backups: number };
}

function asList(stored: unknown): unknown[] {
  return Array.isArray(stored) ? [...(stored as unknown[])] : stored === undefined ? [] : [stored];
}

/**
 * The incoming entries not already stored. Only what was there before counts as a duplicate:
 * two equal entries inside the file stay two, as they were when it was exported.
 */
export function newEntries(stored: unknown, incoming: readonly unknown[]): unknown[] {
  const existing = asList(stored);
  return incoming.filter((entry) => !existing.some((old) => jsonEqual(old, entry)));
}

/**
 * The file's preference items that can be used, and the person's own affirmations in it that
 * can't: those are left out (and kept as a backup) rather than turning the whole file away.
 */
export function importablePreferences(document: ExportDocument): { items: StoredItems; leftOut: InvalidPreference[] } {
  const items = { ...migrateStoredItems(document.preferences).items };
  const leftOut = parseOwnAffirmations(items).invalid;
  for (const entry of leftOut) delete items[entry.key];
  return { items, leftOut };
}

/** Preferences go where the file kept them, replacing what is there; the rest is merged in. */
function planPreferences(document: ExportDocument, snapshot: StorageSnapshot, local: ItemWrite): ItemWrite | undefined {
  const wanted = importablePreferences(document).items;
  if (document.preferencesArea === 'local') {
    const copy = replacePreferenceItems(snapshot.local, wanted);
    Object.assign(local.set, copy.set, { [PREFERENCES_AREA_KEY]: 'local' });
    local.remove.push(...copy.remove);
    return undefined;
  }
  // Kept in sync: any copy on this device only would no longer be read, so it goes.
  local.remove.push(...Object.keys(preferenceItems(snapshot.local)));
  if (PREFERENCES_AREA_KEY in snapshot.local) local.remove.push(PREFERENCES_AREA_KEY);
  return replacePreferenceItems(snapshot.sync, wanted);
}

function planBackups(document: ExportDocument, snapshot: StorageSnapshot, local: ItemWrite, now: number): number {
  const stored = snapshot.local[PREFERENCE_BACKUP_KEY];
  const existing = stored === undefined ? [] : readBackups(stored, now);
  const added = newEntries(existing, document.backups ?? []);
  const leftOut = Object.fromEntries(importablePreferences(document).leftOut.map((entry) => [entry.key, entry.value]));
  // Importing the same file again shouldn't keep the same unreadable items twice.
  const known = [...existing, ...added].some((backup) => isPlainRecord(backup) && jsonEqual(backup.items, leftOut));
  if (Object.keys(leftOut).length > 0 && !known) added.push({ savedAt: now, items: leftOut });
  if (added.length > 0) local.set[PREFERENCE_BACKUP_KEY] = [...existing, ...added].slice(-MAX_PREFERENCE_BACKUPS);
  // Backups the person had already been told about shouldn't be announced again.
  const seenAt = snapshot.local[PREFERENCE_BACKUP_SEEN_KEY];
  const importedSeenAt = document.backupsSeenAt;
  if (importedSeenAt !== undefined && !(typeof seenAt === 'number' && seenAt >= importedSeenAt)) {
    local.set[PREFERENCE_BACKUP_SEEN_KEY] = importedSeenAt;
  }
  return added.length;
}

/** The writes that apply an import to what is stored now. */
export function planImport(document: ExportDocument, snapshot: StorageSnapshot, now: number): ImportPlan {
  const local: ItemWrite = { set: {}, remove: [] };
  const sync = planPreferences(document, snapshot, local);
  const added = { journal: 0, pauseLog: 0, backups: 0 };
  const lists: Record<DayList, Record<string, readonly unknown[]>> = { journal: document.journal, pauseLog: document.pauseLog };
  for (const list of ['journal', 'pauseLog'] as const) {
    for (const [day, entries] of Object.entries(lists[list])) {
      const key = `${dayListPrefixes[list]}${day}`;
      const fresh = newEntries(snapshot.local[key], entries);
      if (fresh.length === 0) continue;
      local.set[key] = [...asList(snapshot.local[key]), ...fresh];
      added[list] += fresh.length;
    }
  }
  added.backups = planBackups(document, snapshot, local, now);
  return sync ? { sync, local, added } : { local, added };
}
