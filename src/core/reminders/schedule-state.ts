import * as v from 'valibot';

/*
 * What the worker needs to carry on after being stopped: kept in storage.local under one key
 * and read back on every start. All times are epoch milliseconds.
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const scheduleSchema = v.object({
  /** When the current rhythm began: browser start, return from away, a pause taken, a reminder shown. */
  rhythmFrom: time,
  /** A snoozed reminder comes back at this time. */
  snoozedUntil: v.optional(time),
  /** The next reminder waits at least until then (don't-interrupt, or a moment after a change). */
  notBefore: v.optional(time),
  /** Reminders paused by the person: until a time, or until they resume. */
  pause: v.optional(v.union([v.object({ until: time }), v.object({ untilResumed: v.literal(true) })])),
  /** Idle or locked since then: time away is rest. */
  awaySince: v.optional(time),
  /** A reminder is showing and has not been answered yet. */
  shownAt: v.optional(time),
  /** Which invitation was used last, so the next one differs. */
  lastInvitation: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The system blocked Kindly's notifications at the last try: reminders fall back to the badge. */
  notificationsBlocked: v.optional(v.boolean()),
});

export type ScheduleState = v.InferOutput<typeof scheduleSchema>;

export function freshSchedule(now: number): ScheduleState {
  return { rhythmFrom: now };
}

/**
 * Reads the stored schedule. Anything missing or unreadable falls back to a fresh plan from now:
 * a broken schedule costs at most one rhythm, never a crash.
 */
export function parseScheduleState(stored: unknown, now: number): { state: ScheduleState; repaired: boolean } {
  const result = v.safeParse(scheduleSchema, stored);
  if (result.success && result.output.rhythmFrom <= now + 60_000) return { state: result.output, repaired: false };
  return { state: freshSchedule(now), repaired: stored !== undefined };
}
