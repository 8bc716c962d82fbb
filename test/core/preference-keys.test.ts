// @vitest-environment node
import { expect, it } from 'vitest';
import { preferenceKeys } from '../../src/core/preference-keys';
import { preferenceSchema } from '../../src/core/preference-schema';

it('knows every preference the schema has, and no other', () => {
  const schemaKeys = Object.entries(preferenceSchema).flatMap(([section, leaves]) => Object.keys(leaves).map((name) => `${section}.${name}`));
  expect([...preferenceKeys].sort()).toEqual(schemaKeys.sort());
});
