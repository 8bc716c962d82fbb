// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreference, parsePreferences, preferenceKeys, validatePreference, defaultPreferences } from '../../src/core/preferences';
import type { StoredItems } from '../../src/core/preference-migrations';
import { uncheckedPreferences } from '../../src/core/unchecked-preferences';

const changedEverything = JSON.parse(readFileSync(new URL('../fixtures/preferences/v1-changed-everything.json', import.meta.url), 'utf8')) as StoredItems;
const kind = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

describe('uncheckedPreferences', () => {
  it('reads what the schema would, for stored values that are all valid', () => {
    expect(parsePreferences(changedEverything).invalid).toEqual([]);
    expect(uncheckedPreferences(changedEverything)).toEqual(parsePreferences(changedEverything).preferences);
  });

  it('is the defaults with nothing stored', () => {
    expect(uncheckedPreferences(undefined)).toEqual(defaultPreferences);
    expect(uncheckedPreferences({})).toEqual(defaultPreferences);
  });

  it('takes any valid stored value as the schema does, and never hands a page a value of another kind than its default', () => {
    const valid = preferenceKeys.map((key) => getPreference(parsePreferences(changedEverything).preferences, key));
    const stored = fc.dictionary(fc.constantFrom(...preferenceKeys, '__proto__', 'toString'), fc.oneof(fc.jsonValue(), fc.constantFrom(...valid)));
    fc.assert(
      fc.property(stored, (items) => {
        const read = uncheckedPreferences(items);
        for (const key of preferenceKeys) {
          const value = getPreference(read, key);
          expect(kind(value)).toBe(kind(getPreference(defaultPreferences, key)));
          if (Object.hasOwn(items, key) && validatePreference(key, items[key]).ok) expect(value).toEqual(items[key]);
        }
      }),
    );
  });
});
