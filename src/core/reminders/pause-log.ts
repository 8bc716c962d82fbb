import * as v from 'valibot';

/*
 * A neutral record of what happened to each reminder, for the reflections page, one storage.local
 * key per local day (day-lists.ts). Nothing here is counted against anyone: skipping is as normal
 * as taking a pause.
 */
export const reminderOutcomes = ['taken', 'snoozed', 'dismissed', 'unanswered', 'away'] as const;
export type ReminderOutcome = (typeof reminderOutcomes)[number];

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const pauseLogEntrySchema = v.looseObject({
  at: time,
  outcome: v.picklist(reminderOutcomes),
  /** For 'away': how long the person was away, in whole minutes. */
  awayMinutes: v.optional(time),
});

export type PauseLogEntry = v.InferOutput<typeof pauseLogEntrySchema>;
