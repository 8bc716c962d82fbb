// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oversizedSyncItems, syncItemBytes, utf8ByteLength } from '../../src/core/sync-quota';

describe('sync item sizes', () => {
  it('counts UTF-8 bytes as TextEncoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('counts the key and the JSON of the value', () => {
    expect(syncItemBytes('k', 'é')).toBe(1 + 4);
  });

  it('finds the items over the 8 KB per-item quota', () => {
    expect(oversizedSyncItems({ small: 'x', big: 'x'.repeat(8_200), exact: 'y'.repeat(8_192 - 'exact'.length - 2) })).toEqual(['big']);
  });
});
