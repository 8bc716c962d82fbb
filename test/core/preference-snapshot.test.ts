import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION_KEY } from '../../src/core/preference-migrations';
import { snapshotItems } from '../../src/core/preference-snapshot';
import { parsePreferences } from '../../src/core/preferences';

describe('snapshotItems', () => {
  it('keeps what first paint needs: appearance, new tab, own affirmations and the schema version', () => {
    const items = {
      [SCHEMA_VERSION_KEY]: 1,
      'appearance.theme': 'dark',
      'newTab.mode': 'minimal',
      'affirmation.k3j9x0q2': { text: 'Mine.', order: 1 },
      'reminders.everyMinutes': 45,
      'values.chosen': ['honesty'],
      lastPauseAt: 1,
    };
    expect(snapshotItems(items)).toEqual({
      [SCHEMA_VERSION_KEY]: 1,
      'appearance.theme': 'dark',
      'newTab.mode': 'minimal',
      'affirmation.k3j9x0q2': { text: 'Mine.', order: 1 },
    });
  });

  it('parses to the same appearance and new-tab settings as the full items', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('appearance.theme', 'appearance.textSize', 'newTab.mode', 'newTab.showClock', 'reminders.enabled'), fc.oneof(fc.constantFrom('dark', 'light', 'minimal', 'large', 'system'), fc.boolean(), fc.integer())), (items) => {
        const full = parsePreferences(items).preferences;
        const copy = parsePreferences(snapshotItems(items)).preferences;
        expect(copy.appearance).toEqual(full.appearance);
        expect(copy.newTab).toEqual(full.newTab);
      }),
    );
  });
});
