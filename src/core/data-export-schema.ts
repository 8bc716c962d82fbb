import * as v from 'valibot';
import { isPlainRecord } from './json-equal';
import { journalEntrySchema } from './journal';
import { pauseLogEntrySchema } from './reminders/pause-log';

/*
 * The shape of an export file, version 1. Journal and pause-log entries have the shapes storage
 * keeps (journal.ts, pause-log.ts): loose objects, so fields a later Kindly adds travel along
 * untouched, while the fields this version reads must have their types.
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

/** valibot's record takes a list too (its indexes as keys): here a list is the wrong type. */
const record = <Key extends v.GenericSchema<string, string>, Value extends v.GenericSchema>(key: Key, value: Value) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainRecord, 'Expected a record, not a list'), v.record(key, value));

export const backupSchema = v.looseObject({
  savedAt: time,
  items: record(v.string(), v.unknown()),
});

/** A local day, as the storage keys name it: "2026-03-14". */
export const dayKeySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day such as 2026-03-14'));

export const EXPORT_FORMAT = 'kindly-export';
export const EXPORT_VERSION = 1;

export const exportDocumentSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  /**
   * The stored preference items ("section.name" → value, plus schemaVersion), as stored, and
   * where they were kept. The reflections page's export of the history alone has neither: an
   * import of it leaves the preferences as they are.
   */
  preferences: v.optional(record(v.string(), v.unknown())),
  preferencesArea: v.optional(v.picklist(['sync', 'local'])),
  journal: record(dayKeySchema, v.array(journalEntrySchema)),
  pauseLog: record(dayKeySchema, v.array(pauseLogEntrySchema)),
  backups: v.optional(v.array(backupSchema)),
  backupsSeenAt: v.optional(time),
});

export type ExportDocument = v.InferOutput<typeof exportDocumentSchema>;
