import { describe, expect, it } from 'vitest';
import { readUndoRecord, undoRecordFor } from '../../src/core/interrupted-write';

describe('undoRecordFor', () => {
  it('keeps the values a write will replace or remove, and the keys it will add', () => {
    const before = { local: { a: 1, b: [2], untouched: 3 }, sync: { p: 'old' } };
    const record = undoRecordFor({ local: { set: { a: 10, fresh: 1 }, remove: ['b', 'gone'] }, sync: { set: { p: 'new', q: 1 }, remove: [] } }, before, 5);
    expect(record).toEqual({
      startedAt: 5,
      restore: { local: { set: { a: 1, b: [2] }, remove: ['fresh', 'gone'] }, sync: { set: { p: 'old' }, remove: ['q'] } },
    });
  });

  it('leaves out an area the write does not touch', () => {
    expect(undoRecordFor({ local: { set: {}, remove: [] } }, { local: { a: 1 }, sync: {} }, 5)).toEqual({ startedAt: 5, restore: {} });
  });
});

describe('readUndoRecord', () => {
  it('reads back what undoRecordFor made, and nothing else', () => {
    const record = undoRecordFor({ sync: { set: { p: 1 }, remove: [] } }, { local: {}, sync: { p: 0 } }, 5);
    expect(readUndoRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(readUndoRecord(undefined)).toBeUndefined();
    expect(readUndoRecord({ startedAt: 'soon', restore: {} })).toBeUndefined();
    expect(readUndoRecord({ startedAt: 1, restore: { local: { set: [], remove: 'a' } } })).toBeUndefined();
  });
});
