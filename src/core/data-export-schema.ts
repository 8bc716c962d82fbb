import * as v from 'valibot';
import { journalEntrySchema } from './journal';
import { pauseLogEntrySchema } from './reminders/pause-log';

/*
 * The shape of an export file, version 1. Journal and pause-log entries have the shapes storage
 * keeps (journal.ts, pause-log.ts): loose objects, so fields a later Kindly adds travel along
 * untouched, while the fields this version reads must have their types.
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const backupSchema = v.looseObject({
  savedAt: time,
  items: v.record(v.string(), v.unknown()),
});

/** A local day, as the storage keys name it: "2026-03-14". */
export const dayKeySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day such as 2026-03-14'));

export const EXPORT_FORMAT = 'kindly-export';
export const EXPORT_VERSION = 1;

export const exportDocumentSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  /** The stored preference items ("section.name" → value, plus schemaVersion), as stored. */
  preferences: v.record(v.string(), v.unknown()),
  preferencesArea: v.picklist(['sync', 'local']),
  journal: v.record(dayKeySchema, v.array(journalEntrySchema)),
  pauseLog: v.record(dayKeySchema, v.array(pauseLogEntrySchema)),
  backups: v.optional(v.array(backupSchema)),
  backupsSeenAt: v.optional(time),
});

export type ExportDocument = v.InferOutput<typeof exportDocumentSchema>;
