import type { ExportDocument, StorageSnapshot } from './data-export';
import { canonicalJson, isPlainRecord, jsonEqual } from './json-equal';
import { ownAffirmationLimits, parseOwnAffirmations } from './own-affirmations';
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
  /** Of the backups added, those the file brought (the rest keep what it had that can't be used). */
  backupsFromFile: number;
  /** Backups in the file with no room beside the person's own. */
  backupsLeftOut: number;
}

function asList(stored: unknown): unknown[] {
  return Array.isArray(stored) ? [...(stored as unknown[])] : stored === undefined ? [] : [stored];
}

/** What two equal entries share cheaply: their time, for entries Kindly wrote; else their canonical JSON. */
const entryKey = (entry: unknown): number | string => (isPlainRecord(entry) && typeof entry.at === 'number' ? entry.at : canonicalJson(entry));

/**
 * The incoming entries not already stored. Only what was there before counts as a duplicate:
 * two equal entries inside the file stay two, as they were when it was exported. Each incoming
 * entry is compared only with stored ones of the same time, so re-importing a 10,000-entry file
 * into a 10,000-entry journal takes 10,000 comparisons, not 10⁸.
 */
export function newEntries(stored: unknown, incoming: readonly unknown[]): unknown[] {
  const byKey = new Map<number | string, unknown[]>();
  for (const old of asList(stored)) {
    const key = entryKey(old);
    const same = byKey.get(key);
    if (same) same.push(old);
    else byKey.set(key, [old]);
  }
  return incoming.filter((entry) => !(byKey.get(entryKey(entry)) ?? []).some((old) => jsonEqual(old, entry)));
}

/**
 * The file's preference items that can be used, and the person's own affirmations in it that
 * can't: those are left out (and kept as a backup) rather than turning the whole file away. The
 * editor's limits hold here too: past fifty, the rest are left out the same way.
 */
export function importablePreferences(document: ExportDocument): { items: StoredItems; leftOut: InvalidPreference[] } {
  if (document.preferences === undefined) return { items: {}, leftOut: [] };
  const items = { ...migrateStoredItems(document.preferences).items };
  const parsed = parseOwnAffirmations(items);
  const beyondLimit = parsed.list.slice(ownAffirmationLimits.count).map((item) => ({
    key: item.id,
    value: items[item.id],
    reason: `More than ${ownAffirmationLimits.count} own affirmations`,
  }));
  const leftOut = [...parsed.invalid, ...beyondLimit];
  for (const entry of leftOut) delete items[entry.key];
  return { items, leftOut };
}

/**
 * Preferences go where the file kept them, replacing what is there; the rest is merged in. A file
 * of the history alone (the reflections page's) leaves them, and where they are kept, as they are.
 */
function planPreferences(document: ExportDocument, snapshot: StorageSnapshot, local: ItemWrite): ItemWrite | undefined {
  if (document.preferences === undefined) return undefined;
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

/**
 * Backups in the file join the person's own, newest last, as far as there is room: the file's
 * never push out what this device keeps (MAX_PREFERENCE_BACKUPS in all).
 */
function planBackups(document: ExportDocument, snapshot: StorageSnapshot, local: ItemWrite, now: number): { added: number; fromFile: number; leftOut: number } {
  const stored = snapshot.local[PREFERENCE_BACKUP_KEY];
  const existing = stored === undefined ? [] : readBackups(stored, now);
  const incoming = newEntries(existing, document.backups ?? []);
  const inFile = new Set(incoming);
  const leftOutItems = Object.fromEntries(importablePreferences(document).leftOut.map((entry) => [entry.key, entry.value]));
  // Importing the same file again shouldn't keep the same unusable items twice.
  const known = [...existing, ...incoming].some((backup) => isPlainRecord(backup) && jsonEqual(backup.items, leftOutItems));
  if (Object.keys(leftOutItems).length > 0 && !known) incoming.push({ savedAt: now, items: leftOutItems });
  const room = Math.max(0, MAX_PREFERENCE_BACKUPS - existing.length);
  const added = room === 0 ? [] : incoming.slice(-room);
  if (added.length > 0) local.set[PREFERENCE_BACKUP_KEY] = [...existing, ...added];
  // Backups the person had already been told about shouldn't be announced again.
  const seenAt = snapshot.local[PREFERENCE_BACKUP_SEEN_KEY];
  const importedSeenAt = document.backupsSeenAt;
  if (importedSeenAt !== undefined && !(typeof seenAt === 'number' && seenAt >= importedSeenAt)) {
    local.set[PREFERENCE_BACKUP_SEEN_KEY] = importedSeenAt;
  }
  return { added: added.length, fromFile: added.filter((backup) => inFile.has(backup)).length, leftOut: incoming.length - added.length };
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
  const backups = planBackups(document, snapshot, local, now);
  added.backups = backups.added;
  const plan = { local, added, backupsFromFile: backups.fromFile, backupsLeftOut: backups.leftOut };
  return sync ? { sync, ...plan } : plan;
}
