import { defaultPreferences } from './preference-defaults';
import type { PreferenceKey } from './preference-schema';

/*
 * Every preference's stored key ("section.name"), read from the defaults, which have every leaf
 * of the schema (their type is the schema's): apart from preferences.ts so that reading
 * preferences from storage (preferences-area.ts) needs no schema, and the popup's first paint no
 * valibot. test/core/preference-keys.test.ts holds it to the schema's own leaves.
 */
export const preferenceKeys: readonly PreferenceKey[] = Object.entries(defaultPreferences).flatMap(([section, leaves]) =>
  Object.keys(leaves).map((name) => `${section}.${name}` as PreferenceKey),
);

export function isPreferenceKey(key: string): key is PreferenceKey {
  return (preferenceKeys as readonly string[]).includes(key);
}
