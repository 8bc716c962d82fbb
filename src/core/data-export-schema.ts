import * as v from 'valibot';

/*
 * The shape of an export file, version 1. Entries are loose objects: fields a later Kindly adds
 * to an entry travel along untouched, while the fields this version reads must have their types.
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const words = v.array(v.string());

export const journalEntrySchema = v.looseObject({
  exercise: v.string(),
  at: time,
  seconds: time,
  finished: v.boolean(),
  emotions: v.optional(words),
  notes: v.optional(v.record(v.string(), v.string())),
  values: v.optional(words),
});

export const pauseLogEntrySchema = v.looseObject({
  at: time,
  outcome: v.picklist(['taken', 'snoozed', 'dismissed', 'unanswered', 'away']),
  awayMinutes: v.optional(time),
});

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
