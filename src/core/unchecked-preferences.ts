import { defaultPreferences } from './preference-defaults';
import type { StoredItems } from './preference-migrations';
import type { Preferences } from './preference-schema';

/** A JSON value's kind: what a reader can rely on without the schema (a list has `includes`). */
const kindOf = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

/**
 * Preferences read from stored items without the schema, for a first paint only: the popup lists
 * its exercises from the pages' snapshot before the schema (and valibot) arrive. The defaults,
 * with each stored value that is the same kind of JSON as its default (a list for a list, a
 * number for a number); ranges and choices are not checked, so nothing is saved, scheduled or
 * shown as a choice from this. parsePreferences, moments later, has the last word.
 */
export function uncheckedPreferences(items: StoredItems | undefined): Preferences {
  if (!items) return defaultPreferences;
  const sections = Object.entries(defaultPreferences).map(([section, leaves]: [string, Record<string, unknown>]) => [
    section,
    Object.fromEntries(
      Object.entries(leaves).map(([name, fallback]) => {
        const stored = Object.hasOwn(items, `${section}.${name}`) ? items[`${section}.${name}`] : undefined;
        return [name, kindOf(stored) === kindOf(fallback) ? stored : fallback];
      }),
    ),
  ]);
  return Object.fromEntries(sections) as unknown as Preferences;
}
