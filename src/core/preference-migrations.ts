import { isPlainRecord } from './json-equal';
import { SCHEMA_VERSION_KEY } from './storage-keys';

/** Stored preference items as `storage.sync` holds them: "section.name" -> value. */
export type StoredItems = Record<string, unknown>;
export type Migration = (items: StoredItems) => StoredItems;

/*
 * migrations[i] turns items written with schema version i + 1 into version i + 2. Append only;
 * never edit a released step. Each step is a pure function that must not throw on odd values:
 * it moves or reshapes keys it recognises and leaves everything else as it found it. Add a saved
 * fixture of the old version under test/fixtures/preferences with each new step.
 */
export const preferenceMigrations: readonly Migration[] = [];

/** Version 1 is the first released schema; each migration adds one. */
export const CURRENT_SCHEMA_VERSION = preferenceMigrations.length + 1;

export interface MigrationResult {
  items: StoredItems;
  /** The version the items were written with (1 when unmarked or unreadable). */
  fromVersion: number;
  /** Written by a newer Kindly than this one: read as far as understood, never written back. */
  newer: boolean;
  /** A stored version marker that could not be read, kept so nothing is lost. */
  unreadableVersion?: unknown;
}

function storedVersion(items: StoredItems): { version: number; unreadable?: unknown } {
  if (!(SCHEMA_VERSION_KEY in items) || items[SCHEMA_VERSION_KEY] === undefined) return { version: 1 };
  const raw = items[SCHEMA_VERSION_KEY];
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return { version: raw };
  return { version: 1, unreadable: raw };
}

export function migrateStoredItems(stored: unknown, migrations: readonly Migration[] = preferenceMigrations): MigrationResult {
  const items: StoredItems = isPlainRecord(stored) ? { ...stored } : {};
  const { version, unreadable } = storedVersion(items);
  const current = migrations.length + 1;
  const base = unreadable === undefined ? {} : { unreadableVersion: unreadable };
  if (version > current) return { items, fromVersion: version, newer: true, ...base };

  let migrated = items;
  let reached = version;
  for (const step of migrations.slice(version - 1)) {
    // A step that throws on strange data leaves that data as it was rather than losing it.
    try {
      migrated = step(migrated);
      reached += 1;
    } catch {
      break;
    }
  }
  if (reached > version) migrated = { ...migrated, [SCHEMA_VERSION_KEY]: reached };
  return { items: migrated, fromVersion: version, newer: false, ...base };
}

/**
 * A write of preference items, marked as this schema version when it sets something and the
 * stored marker isn't that version yet, so an older Kindly elsewhere stops writing to them.
 * A removal alone writes nothing in this version's form and is left as it is: with 512 items in
 * sync, a removal that also set a new marker would be refused whole (and it costs one write, not two).
 */
export function markedWithVersion(plan: { set?: StoredItems; remove?: string[] }, storedMarker: unknown): { set: StoredItems; remove: string[] } {
  const set = plan.set ?? {};
  const remove = plan.remove ?? [];
  if (Object.keys(set).length === 0 || storedMarker === CURRENT_SCHEMA_VERSION) return { set, remove };
  return { set: { ...set, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION }, remove };
}
