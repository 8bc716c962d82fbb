import * as v from 'valibot';
import { parseCarriedAnswers } from '../carried-answers';
import { pauseLengths, snoozeMinutes } from './transitions';

/*
 * What pages ask the worker to do. Storage carries state; these are the few actions that must
 * happen in one place (the worker owns the schedule, its alarm and its notification).
 */
const workerMessageSchema = v.variant('kind', [
  v.object({ kind: v.literal('snooze'), minutes: v.picklist(snoozeMinutes) }),
  v.object({ kind: v.literal('pause-reminders'), length: v.picklist(pauseLengths) }),
  v.object({ kind: v.literal('resume') }),
  /** The popup's "Not now" for the reminder that is waiting. */
  v.object({ kind: v.literal('not-now') }),
  /**
   * Open the pause window now (popup button), optionally on a given exercise and step, with what
   * the person had already picked or written there ("Pop out"); answers not ours are dropped.
   */
  v.object({
    kind: v.literal('start-pause'),
    exercise: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))),
    step: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))),
    answers: v.optional(v.pipe(v.unknown(), v.transform(parseCarriedAnswers))),
  }),
  /** The pause page has opened: a pause is being taken. */
  v.object({ kind: v.literal('pause-opened') }),
  /** Options: show exactly what a reminder looks like, without touching the rhythm. */
  v.object({ kind: v.literal('test-reminder') }),
]);

export type WorkerMessage = v.InferOutput<typeof workerMessageSchema>;

/** Messages come from our own pages, but are checked all the same; anything else is ignored. */
export function parseWorkerMessage(message: unknown): WorkerMessage | undefined {
  const result = v.safeParse(workerMessageSchema, message);
  return result.success ? result.output : undefined;
}
