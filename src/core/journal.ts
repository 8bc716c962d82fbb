import * as v from 'valibot';

/*
 * The private journal: one entry per practice done, kept in storage.local only, one key per
 * local day (day-lists.ts). Ending early is recorded as neutrally as finishing. Entries are
 * loose objects: fields a later Kindly adds travel along untouched (exports, imports).
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const words = v.array(v.string());

export const journalEntrySchema = v.looseObject({
  exercise: v.string(),
  /** When it started, epoch ms. */
  at: time,
  /** How long it ran, in whole seconds. */
  seconds: time,
  finished: v.boolean(),
  /** Emotion word ids picked in Name it. */
  emotions: v.optional(words),
  /** Notes the person chose to save, by note id. */
  notes: v.optional(v.record(v.string(), v.string())),
  /** Values the person held in mind (ids or their own words). */
  values: v.optional(words),
});

export type JournalEntry = v.InferOutput<typeof journalEntrySchema>;
