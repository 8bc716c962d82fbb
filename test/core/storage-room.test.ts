import { describe, expect, it } from 'vitest';
import { roomProblem, syncLimits } from '../../src/core/storage-room';
import { syncItemBytes } from '../../src/core/sync-quota';

describe('roomProblem', () => {
  const current = { a: 'x'.repeat(100), b: [1, 2, 3] };
  const used = syncItemBytes('a', current.a) + syncItemBytes('b', current.b);

  it('lets a write in that fits, counting what it replaces and removes', () => {
    const limits = { totalBytes: used + 10 };
    expect(roomProblem(current, { set: { a: 'y'.repeat(105) }, remove: [] }, limits)).toBeUndefined();
    expect(roomProblem(current, { set: { c: 'z'.repeat(100) }, remove: ['a'] }, limits)).toBeUndefined();
  });

  it('says how much a write needs and how much is free when the area would overflow', () => {
    const limits = { totalBytes: used + 10 };
    const write = { set: { c: 'z'.repeat(40) }, remove: [] };
    expect(roomProblem(current, write, limits)).toEqual({ kind: 'area-full', neededBytes: syncItemBytes('c', 'z'.repeat(40)), freeBytes: 10 });
    // The browser's own count of what is used, where it gives one, is what the room is judged by.
    expect(roomProblem(current, write, limits, used + 10)).toMatchObject({ kind: 'area-full', freeBytes: 0 });
  });

  it('names items too large for one key, and counts items against the area’s limit', () => {
    expect(roomProblem({}, { set: { big: 'x'.repeat(9_000) }, remove: [] }, syncLimits)).toEqual({ kind: 'item-too-large', keys: ['big'] });
    const full = Object.fromEntries(Array.from({ length: 512 }, (_, index) => [`k${index}`, index]));
    expect(roomProblem(full, { set: { k1: 'changed' }, remove: [] }, syncLimits)).toBeUndefined();
    expect(roomProblem(full, { set: { another: 1 }, remove: [] }, syncLimits)).toEqual({ kind: 'too-many-items' });
    expect(roomProblem(full, { set: { another: 1 }, remove: ['k0'] }, syncLimits)).toBeUndefined();
  });

  it('always lets a pure removal through, however full the area is', () => {
    expect(roomProblem(current, { set: {}, remove: ['a'] }, { totalBytes: 1, maxItems: 0 })).toBeUndefined();
  });

  it('has nothing to say where the browser states no limit', () => {
    expect(roomProblem(current, { set: { huge: 'x'.repeat(100_000) }, remove: [] }, {})).toBeUndefined();
  });
});
