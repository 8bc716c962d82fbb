import fc from 'fast-check';
import type { PreferenceKey } from '../../src/core/preferences';

const identifier = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/);
const distinctIdentifiers = (max: number) => fc.uniqueArray(identifier, { maxLength: max });
const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A generator of valid values for every preference; the type makes sure none is missing. */
export const validPreferenceValue: Record<PreferenceKey, fc.Arbitrary<unknown>> = {
  'reminders.enabled': fc.boolean(),
  'reminders.everyMinutes': fc.integer({ min: 10, max: 180 }),
  'reminders.activeFrom': clockTime,
  'reminders.activeUntil': clockTime,
  'reminders.activeDays': fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  'reminders.naturalBreakMinutes': fc.integer({ min: 1, max: 60 }),
  'reminders.waitDuringFullscreen': fc.boolean(),
  'reminders.waitDuringAudio': fc.boolean(),
  'reminders.style': fc.constantFrom('notification', 'window', 'badge'),
  'reminders.sound': fc.boolean(),
  'exercises.favourites': distinctIdentifiers(30),
  'exercises.hidden': distinctIdentifiers(30),
  'exercises.breathingPattern': fc.constantFrom('coherent', 'cyclic-sigh', 'box', '4-7-8'),
  'exercises.breathingMinutes': fc.integer({ min: 1, max: 5 }),
  'exercises.breathingHolds': fc.boolean(),
  'exercises.chime': fc.boolean(),
  'exercises.motion': fc.constantFrom('system', 'reduce'),
  'values.chosen': fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 5 }),
  'appearance.theme': fc.constantFrom('system', 'light', 'dark'),
  'appearance.textSize': fc.constantFrom('normal', 'large', 'larger'),
  'newTab.mode': fc.constantFrom('kindly', 'minimal'),
  'newTab.rotation': fc.constantFrom('every-tab', 'daily'),
  'newTab.hiddenCategories': distinctIdentifiers(20),
  'newTab.ownAffirmations': fc.constantFrom('mixed', 'only'),
  'newTab.greetingName': fc.string({ maxLength: 40 }),
  'newTab.showGreeting': fc.boolean(),
  'newTab.showClock': fc.boolean(),
  'newTab.showNextPause': fc.boolean(),
  'newTab.showSearch': fc.boolean(),
  'newTab.showShortcuts': fc.boolean(),
  'history.keep': fc.boolean(),
  'history.keepForDays': fc.constantFrom(30, 90, 365, 'always'),
};

const keys = Object.keys(validPreferenceValue) as PreferenceKey[];

/** Stored items holding valid values for a random subset of preferences. */
export const validStoredItems: fc.Arbitrary<Record<string, unknown>> = fc.record(
  Object.fromEntries(keys.map((key) => [key, validPreferenceValue[key]])),
  { requiredKeys: [] },
);

/** Stored items where any preference may hold anything at all, plus unknown keys. */
export const anyStoredItems: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(Object.fromEntries(keys.map((key) => [key, fc.oneof(validPreferenceValue[key], fc.anything())])), { requiredKeys: [] }),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 5 }),
  )
  .map(([known, unknown]) => ({ ...unknown, ...known }));
