import * as v from 'valibot';

/*
 * Every preference, as a schema per leaf, grouped by section. Each leaf is stored under its own
 * `storage.sync` key ("section.name") so two browsers changing different preferences never
 * overwrite each other, and no item comes near the 8 KB per-item quota.
 */

const integerBetween = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** "HH:MM" on a 24-hour clock, local time. */
const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time such as 09:00'));

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** Short identifiers of exercises, categories and the like. */
const identifier = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));
const identifierList = (max: number) =>
  v.pipe(v.array(identifier), v.maxLength(max), v.check(distinct, 'Expected no repeats'));

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const preferenceSchema = {
  reminders: {
    enabled: v.boolean(),
    everyMinutes: integerBetween(10, 180),
    activeFrom: clockTime,
    activeUntil: clockTime,
    /** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
    activeDays: v.pipe(v.array(integerBetween(0, 6)), v.maxLength(7), v.check(distinct, 'Expected no repeats')),
    naturalBreakMinutes: integerBetween(1, 60),
    waitDuringFullscreen: v.boolean(),
    waitDuringAudio: v.boolean(),
    style: v.picklist(['notification', 'window', 'badge']),
    sound: v.boolean(),
  },
  exercises: {
    favourites: identifierList(30),
    hidden: identifierList(30),
    breathingPattern: v.picklist(['coherent', 'cyclic-sigh', 'box', '4-7-8']),
    breathingMinutes: integerBetween(1, 5),
    breathingHolds: v.boolean(),
    chime: v.boolean(),
    motion: v.picklist(['system', 'reduce']),
  },
  values: {
    /** Up to five values: ids from the bundled list or the person's own words. */
    chosen: v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(40))),
      v.maxLength(5),
      v.check(distinct, 'Expected no repeats'),
    ),
  },
  appearance: {
    theme: v.picklist(['system', 'light', 'dark']),
    textSize: v.picklist(['normal', 'large', 'larger']),
  },
  newTab: {
    mode: v.picklist(['kindly', 'minimal']),
    rotation: v.picklist(['every-tab', 'daily']),
    hiddenCategories: identifierList(20),
    ownAffirmations: v.picklist(['mixed', 'only']),
    greetingName: shortText(40),
    showGreeting: v.boolean(),
    showClock: v.boolean(),
    showNextPause: v.boolean(),
    /** A search field that hands the words to the browser's own search engine. */
    showSearch: v.boolean(),
    /**
     * Most-visited sites as tiles. Wanting them syncs; the optional `topSites` permission that
     * shows them is each browser's own, asked for when they are turned on there.
     */
    showShortcuts: v.boolean(),
  },
  history: {
    /** Whether practices and pauses are recorded in the journal and pause log (this device only). */
    keep: v.boolean(),
    /** How long they are kept, in days, or 'always' (core/history-retention.ts). */
    keepForDays: v.picklist([30, 90, 365, 'always']),
  },
} as const;

type Schema = typeof preferenceSchema;
export type Section = keyof Schema;

export type Preferences = {
  [S in Section]: { [K in keyof Schema[S]]: Schema[S][K] extends v.GenericSchema ? v.InferOutput<Schema[S][K]> : never };
};

/** A preference's storage key, "section.name". */
export type PreferenceKey = {
  [S in Section]: `${S}.${Extract<keyof Schema[S], string>}`;
}[Section];

export type PreferenceValue<K extends PreferenceKey> = K extends `${infer S extends Section}.${infer N}`
  ? N extends keyof Preferences[S]
    ? Preferences[S][N]
    : never
  : never;
