import fc from 'fast-check';
import type { StorageSnapshot } from '../../src/core/data-export';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { validStoredItems } from './preference-arbitraries';

/*
 * Storage as a Kindly in use holds it: preferences in the chosen area, day lists of journal and
 * pause-log entries, backups of unreadable values, the schedule. Keys of free-form records are
 * plain words, as Kindly writes them.
 */
/*
 * Names that could reach a prototype are left out of an import on purpose, and said aloud
 * (data-import-fields.ts): they are not what Kindly writes, so the round trip doesn't hold them.
 */
const prototypeNames = ['__proto__', 'constructor', 'prototype'];
const word = fc.stringMatching(/^[a-z][a-z-]{0,11}$/).filter((name) => !prototypeNames.includes(name));
const hasPrototypeName = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.entries(value).some(([key, item]) => prototypeNames.includes(key) || hasPrototypeName(item));
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

export const day = fc
  .tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export const journalEntry = fc.record(
  {
    exercise: word,
    at: time,
    seconds: fc.integer({ min: 0, max: 3_600 }),
    finished: fc.boolean(),
    emotions: fc.array(word, { maxLength: 2 }),
    notes: fc.dictionary(word, fc.string({ maxLength: 60 }), { maxKeys: 2 }),
    values: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 3 }),
  },
  { requiredKeys: ['exercise', 'at', 'seconds', 'finished'] },
);

export const pauseLogEntry = fc.record(
  {
    at: time,
    outcome: fc.constantFrom('taken', 'snoozed', 'dismissed', 'unanswered', 'away'),
    awayMinutes: fc.integer({ min: 0, max: 600 }),
  },
  { requiredKeys: ['at', 'outcome'] },
);

const dayLists = (prefix: string, entry: fc.Arbitrary<unknown>) =>
  fc
    .dictionary(day, fc.array(entry, { minLength: 1, maxLength: 4 }), { maxKeys: 4 })
    .map((days) => Object.fromEntries(Object.entries(days).map(([key, list]) => [`${prefix}${key}`, list])));

const backups = fc.array(fc.record({ savedAt: time, items: fc.dictionary(word, fc.jsonValue().filter((value) => !hasPrototypeName(value)), { maxKeys: 3 }) }), { minLength: 1, maxLength: 20 });

const preferences = fc
  .tuple(validStoredItems, fc.boolean())
  .map(([items, marked]) => (marked ? { ...items, schemaVersion: CURRENT_SCHEMA_VERSION } : items));

/** A snapshot of both areas with everything a person's Kindly could hold. */
export const storageSnapshot: fc.Arbitrary<StorageSnapshot> = fc
  .record(
    {
      area: fc.constantFrom('sync', 'local'),
      preferences,
      elsewhere: preferences,
      journal: dayLists('journal:', journalEntry),
      pauseLog: dayLists('pauseLog:', pauseLogEntry),
      backups,
      seenAt: time,
      lastPauseAt: time,
      schedule: fc.record({ rhythmFrom: time }),
    },
    { requiredKeys: ['area', 'preferences', 'elsewhere', 'journal', 'pauseLog'] },
  )
  .map(({ area, preferences: chosen, elsewhere, journal, pauseLog, backups: kept, seenAt, lastPauseAt, schedule }) => {
    const local: Record<string, unknown> = { ...journal, ...pauseLog };
    if (kept) local.preferencesBackup = kept;
    if (seenAt !== undefined) local.preferencesBackupSeenAt = seenAt;
    if (schedule) local.schedule = schedule;
    // Kept on this device only, sync still holds the copy the person's other browsers use.
    const sync: Record<string, unknown> = area === 'sync' ? { ...chosen } : { ...elsewhere };
    if (area === 'local') Object.assign(local, chosen, { preferencesArea: 'local' });
    if (lastPauseAt !== undefined) sync.lastPauseAt = lastPauseAt;
    return { sync, local };
  });
