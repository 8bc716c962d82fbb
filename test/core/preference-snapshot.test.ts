import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotItems } from '../../src/core/preference-snapshot';
import { parsePreferences } from '../../src/core/preferences';
import { SCHEMA_VERSION_KEY } from '../../src/core/storage-keys';

describe('snapshotItems', () => {
  it('keeps the preference items, own affirmations and the schema version, and nothing else', () => {
    const items = {
      [SCHEMA_VERSION_KEY]: 1,
      'appearance.theme': 'dark',
      'newTab.mode': 'minimal',
      'affirmation.k3j9x0q2': { text: 'Mine.', order: 1 },
      'reminders.everyMinutes': 45,
      'values.chosen': ['honesty'],
      lastPauseAt: 1,
    };
    const { lastPauseAt, ...preferenceItems } = items;
    expect(lastPauseAt).toBe(1);
    expect(snapshotItems({ ...items, schedule: { rhythmFrom: 1 }, 'journal:2026-11-26': [] })).toEqual(preferenceItems);
  });

  it('parses to the same preferences as the full items', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('appearance.theme', 'appearance.textSize', 'newTab.mode', 'newTab.showClock', 'reminders.enabled'), fc.oneof(fc.constantFrom('dark', 'light', 'minimal', 'large', 'system'), fc.boolean(), fc.integer())), (items) => {
        const full = parsePreferences(items).preferences;
        const copy = parsePreferences(snapshotItems(items)).preferences;
        expect(copy).toEqual(full);
      }),
    );
  });
});
