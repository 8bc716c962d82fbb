// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import {
  defaultPreferences,
  getPreference,
  parsePreferences,
  planPreferenceWrite,
  preferenceKeys,
  storedItemsFor,
  type PreferenceKey,
} from '../../src/core/preferences';
import { anyStoredItems, validPreferenceValue, validStoredItems } from '../helpers/preference-arbitraries';

describe('parsePreferences', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parsePreferences({})).toEqual({ preferences: defaultPreferences, invalid: [], readOnly: false });
    expect(parsePreferences(undefined).preferences).toEqual(defaultPreferences);
  });

  it('overlays valid stored values on the defaults', () => {
    const parsed = parsePreferences({ 'reminders.everyMinutes': 45, 'appearance.theme': 'dark' });
    expect(parsed.preferences.reminders.everyMinutes).toBe(45);
    expect(parsed.preferences.appearance.theme).toBe('dark');
    expect(parsed.preferences.reminders.activeFrom).toBe('09:00');
    expect(parsed.invalid).toEqual([]);
  });

  it('keeps the default for an invalid value and reports the raw value', () => {
    const parsed = parsePreferences({ 'reminders.everyMinutes': 5, 'reminders.activeFrom': '25:00', 'reminders.style': 'siren' });
    expect(parsed.preferences.reminders).toEqual(defaultPreferences.reminders);
    expect(parsed.invalid.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'reminders.everyMinutes', value: 5 },
      { key: 'reminders.activeFrom', value: '25:00' },
      { key: 'reminders.style', value: 'siren' },
    ]);
    expect(parsed.invalid.every((entry) => entry.reason.length > 0)).toBe(true);
  });

  it('refuses repeated days and too many values', () => {
    const parsed = parsePreferences({ 'reminders.activeDays': [1, 1], 'values.chosen': ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(parsed.invalid.map((entry) => entry.key)).toEqual(['reminders.activeDays', 'values.chosen']);
  });

  it('ignores keys it does not know, such as ones a newer version added', () => {
    expect(parsePreferences({ 'reminders.futureThing': 1, other: 'x' })).toEqual({ preferences: defaultPreferences, invalid: [], readOnly: false });
  });

  it('reports stored data that is not a set of values at all', () => {
    const parsed = parsePreferences(['not', 'an', 'object']);
    expect(parsed.preferences).toEqual(defaultPreferences);
    expect(parsed.invalid).toEqual([{ key: '*', value: ['not', 'an', 'object'], reason: expect.any(String) as string }]);
  });

  it('reads settings from a newer schema as far as it understands them, read-only', () => {
    const parsed = parsePreferences({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 30, 'reminders.newIdea': true });
    expect(parsed.readOnly).toBe(true);
    expect(parsed.preferences.reminders.everyMinutes).toBe(30);
  });

  it('reports an unreadable schema version and reads the values anyway', () => {
    const parsed = parsePreferences({ schemaVersion: 'two', 'reminders.everyMinutes': 30 });
    expect(parsed.invalid).toEqual([{ key: 'schemaVersion', value: 'two', reason: expect.any(String) as string }]);
    expect(parsed.preferences.reminders.everyMinutes).toBe(30);
    expect(parsed.readOnly).toBe(false);
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyStoredItems), (stored) => {
        const parsed = parsePreferences(stored);
        expect(Object.keys(parsed.preferences)).toEqual(Object.keys(defaultPreferences));
      }),
    );
  });

  it('is idempotent: what it reads, written back and read again, is the same', () => {
    fc.assert(
      fc.property(anyStoredItems, (stored) => {
        const once = parsePreferences(stored).preferences;
        const twice = parsePreferences(storedItemsFor(once));
        expect(twice.preferences).toEqual(once);
        expect(twice.invalid).toEqual([]);
      }),
    );
  });

  it('keeps every valid field, whatever else is stored beside it', () => {
    fc.assert(
      fc.property(validStoredItems, anyStoredItems, (valid, noise) => {
        const parsed = parsePreferences({ ...noise, ...valid });
        for (const [key, value] of Object.entries(valid)) expect(getPreference(parsed.preferences, key as PreferenceKey)).toEqual(value);
      }),
    );
  });

  it('has a generator for every preference (so the properties cover them all)', () => {
    expect(Object.keys(validPreferenceValue).sort()).toEqual([...preferenceKeys].sort());
  });
});

describe('storedItemsFor', () => {
  it('stores nothing for the defaults, so a fresh install writes nothing', () => {
    expect(storedItemsFor(defaultPreferences)).toEqual({});
  });
});

describe('planPreferenceWrite', () => {
  it('sets a changed value (the schema version is marked where the stored one is read)', () => {
    expect(planPreferenceWrite({ 'reminders.everyMinutes': 45 })).toEqual({
      set: { 'reminders.everyMinutes': 45 },
      remove: [],
      invalid: [],
    });
  });

  it('removes a value set back to its default instead of storing the default', () => {
    expect(planPreferenceWrite({ 'reminders.everyMinutes': 60 })).toMatchObject({ remove: ['reminders.everyMinutes'] });
  });

  it('refuses invalid values and unknown keys without writing anything', () => {
    const write = planPreferenceWrite({ 'reminders.everyMinutes': 9000, 'reminders.nope': true } as Record<string, unknown>);
    expect(write.set).toEqual({});
    expect(write.remove).toEqual([]);
    expect(write.invalid.map((entry) => entry.key)).toEqual(['reminders.everyMinutes', 'reminders.nope']);
  });

  it('round-trips: planned writes read back as the values written', () => {
    fc.assert(
      fc.property(validStoredItems, (changes) => {
        const write = planPreferenceWrite(changes);
        const parsed = parsePreferences(write.set);
        for (const [key, value] of Object.entries(changes)) expect(getPreference(parsed.preferences, key as PreferenceKey)).toEqual(value);
      }),
    );
  });
});
