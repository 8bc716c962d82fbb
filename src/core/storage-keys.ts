/*
 * Every name Kindly stores anything under, in one place, so no two modules can disagree on one.
 * What each holds is described where it is read and written.
 */

// The preferences' area: storage.sync, or storage.local when the person keeps them on this device.
/** The schema version the stored preference items were written with. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
/** The person's own new-tab affirmations, one item each: "affirmation.<id>". */
export const OWN_AFFIRMATION_PREFIX = 'affirmation.';

// storage.sync only.
/** When the last pause was taken, so the person's other browsers restart their rhythm too. */
export const LAST_PAUSE_KEY = 'lastPauseAt';

// storage.local only: this device's own.
/** Where this device keeps preferences, when not in sync. */
export const PREFERENCES_AREA_KEY = 'preferencesArea';
/** The worker's reminder schedule. */
export const SCHEDULE_KEY = 'schedule';
/** Preference values that couldn't be read, kept; and when the person was last told of them. */
export const PREFERENCE_BACKUP_KEY = 'preferencesBackup';
export const PREFERENCE_BACKUP_SEEN_KEY = 'preferencesBackupSeenAt';
/** What an import or a move between areas replaced, kept until it has landed whole (interrupted-write.ts). */
export const INTERRUPTED_WRITE_KEY = 'interruptedWrite';
/** The journal and the pause log: one key per local day, prefix + "2026-03-14" (see day-lists.ts). */
export const dayListPrefixes = { journal: 'journal:', pauseLog: 'pauseLog:' } as const;
export type DayList = keyof typeof dayListPrefixes;

// storage.session: in memory, until the browser closes.
/** The worker couldn't read or store its schedule: when, and why (the options page says so). */
export const REMINDER_PROBLEM_KEY = 'reminderProblem';
/** The pause window that is open, so a second one is never opened beside it. */
export const PAUSE_WINDOW_KEY = 'pauseWindow';
/** What a popped-out exercise carries to the pause window: { exercise, answers } (carried-answers.ts). */
export const CARRIED_ANSWERS_KEY = 'poppedOutAnswers';

// The pages' localStorage: read synchronously, before first paint.
/** A copy of the preference items. */
export const PREFERENCE_SNAPSHOT_KEY = 'kindly.preferenceSnapshot';
/** Which affirmations this device has shown in the current cycle. */
export const ROTATION_KEY = 'kindly.affirmationRotation';
