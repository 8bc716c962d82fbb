// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, markedWithVersion, migrateStoredItems, type Migration } from '../../src/core/preference-migrations';
import { parsePreferences } from '../../src/core/preferences';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const savedVersions = readdirSync(join(fixtures, 'preferences')).filter((name) => name.endsWith('.json'));

describe('saved preferences from every released schema version', () => {
  it('has a fixture for every schema version up to today', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      expect(savedVersions.some((name) => name.startsWith(`v${version}-`)), `fixture for v${version}`).toBe(true);
    }
  });

  for (const name of savedVersions) {
    it(`reads ${name} completely, with nothing invalid`, () => {
      const parsed = parsePreferences(readJson(join(fixtures, 'preferences', name)));
      expect(parsed.invalid).toEqual([]);
      expect(parsed.readOnly).toBe(false);
    });
  }

  it('reads every value of the version 1 fixture as it was chosen', () => {
    const stored = readJson(join(fixtures, 'preferences', 'v1-changed-everything.json')) as Record<string, unknown>;
    const { schemaVersion: _, ...values } = stored;
    // Each value as chosen (one of them, box breathing's holds, has since become the default).
    const read = parsePreferences(stored).preferences as unknown as Record<string, Record<string, unknown>>;
    for (const [key, value] of Object.entries(values)) {
      const [section, name] = key.split('.') as [string, string];
      expect(read[section]?.[name], key).toEqual(value);
    }
  });

  it('treats values without a version marker as version 1', () => {
    const parsed = parsePreferences(readJson(join(fixtures, 'preferences', 'v1-unmarked.json')));
    expect(parsed.preferences.reminders.everyMinutes).toBe(90);
    expect(parsed.preferences.appearance.theme).toBe('light');
  });
});

describe('corrupt stored preferences', () => {
  it('keeps every readable value, defaults the rest, and reports each raw value', () => {
    const parsed = parsePreferences(readJson(join(fixtures, 'corrupt-preferences.json')));
    expect(parsed.preferences.appearance.theme).toBe('dark');
    expect(parsed.preferences.reminders.everyMinutes).toBe(60);
    expect(parsed.invalid).toEqual([
      { key: 'reminders.everyMinutes', value: 'sixty', reason: expect.any(String) as string },
      { key: 'reminders.activeFrom', value: '9am', reason: expect.any(String) as string },
      { key: 'reminders.activeDays', value: [1, 2, 9], reason: expect.any(String) as string },
      { key: 'values.chosen', value: [null, {}], reason: expect.any(String) as string },
      { key: 'newTab.greetingName', value: 42, reason: expect.any(String) as string },
    ]);
  });
});

describe('migrateStoredItems', () => {
  // Two example steps, to check the mechanism the real list will use.
  const renameRhythm: Migration = ({ 'reminders.rhythm': rhythm, ...rest }) =>
    rhythm === undefined ? rest : { ...rest, 'reminders.everyMinutes': rhythm };
  const dropLegacy: Migration = ({ legacy: _, ...rest }) => rest;
  const steps = [renameRhythm, dropLegacy];

  it('runs every step after the stored version, in order, and marks the new version', () => {
    expect(migrateStoredItems({ 'reminders.rhythm': 30, legacy: true }, steps)).toEqual({
      items: { 'reminders.everyMinutes': 30, schemaVersion: 3 },
      fromVersion: 1,
      newer: false,
    });
  });

  it('runs only the steps a version still needs', () => {
    const result = migrateStoredItems({ schemaVersion: 2, 'reminders.rhythm': 30, legacy: true }, steps);
    expect(result.items).toEqual({ schemaVersion: 3, 'reminders.rhythm': 30 });
  });

  it('leaves current data alone', () => {
    expect(migrateStoredItems({ schemaVersion: 3, a: 1 }, steps).items).toEqual({ schemaVersion: 3, a: 1 });
  });

  it('never touches data from a newer version', () => {
    const stored = { schemaVersion: 7, 'reminders.rhythm': 30 };
    expect(migrateStoredItems(stored, steps)).toEqual({ items: stored, fromVersion: 7, newer: true });
  });

  it('stops at a step that throws, keeping the data and the version it reached', () => {
    const broken: Migration = () => {
      throw new Error('unexpected shape');
    };
    expect(migrateStoredItems({ 'reminders.rhythm': 30 }, [renameRhythm, broken]).items).toEqual({
      'reminders.everyMinutes': 30,
      schemaVersion: 2,
    });
  });

  it('treats an unreadable version marker as version 1 and reports it', () => {
    expect(migrateStoredItems({ schemaVersion: 'x', legacy: 1 }, [dropLegacy])).toEqual({
      items: { schemaVersion: 2 },
      fromVersion: 1,
      newer: false,
      unreadableVersion: 'x',
    });
  });
});

describe('markedWithVersion', () => {
  const removal = { set: {}, remove: ['reminders.sound'] };

  it('marks a write that sets something in data without a marker, or with an older one', () => {
    expect(markedWithVersion({ set: { 'reminders.everyMinutes': 45 }, remove: ['reminders.sound'] }, undefined)).toEqual({
      set: { 'reminders.everyMinutes': 45, schemaVersion: CURRENT_SCHEMA_VERSION },
      remove: ['reminders.sound'],
    });
    expect(markedWithVersion({ set: { 'reminders.everyMinutes': 45 } }, CURRENT_SCHEMA_VERSION - 1).set).toEqual({
      'reminders.everyMinutes': 45,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });

  it('leaves a write to data already marked as it is', () => {
    expect(markedWithVersion({ set: { 'reminders.everyMinutes': 45 } }, CURRENT_SCHEMA_VERSION)).toEqual({ set: { 'reminders.everyMinutes': 45 }, remove: [] });
  });

  it('leaves a removal alone only a removal, whatever the marker', () => {
    for (const marker of [undefined, CURRENT_SCHEMA_VERSION - 1, CURRENT_SCHEMA_VERSION]) expect(markedWithVersion(removal, marker)).toEqual(removal);
  });
});
