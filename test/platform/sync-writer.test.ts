import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SYNC_QUOTA } from '../../src/core/sync-quota';
import { StorageQuotaError } from '../../src/platform/storage-errors';
import { createSyncWriter } from '../../src/platform/sync-writer';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const now = () => Date.now();

describe('createSyncWriter', () => {
  it('turns 200 rapid changes to one field into a handful of writes, ending with the last value', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter({ now });
    const writes: Promise<void>[] = [];
    for (let value = 1; value <= 200; value++) {
      writes.push(writer.write({ set: { 'reminders.everyMinutes': value } }));
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(writes);
    expect(set.mock.calls.length).toBeLessThanOrEqual(8);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 200 });
  });

  it('writes within a second even while changes keep coming', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter({ now, debounceMs: 400, maxWaitMs: 1_000 });
    for (let i = 0; i < 10; i++) {
      void writer.write({ set: { a: i } });
      await vi.advanceTimersByTimeAsync(110);
    }
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('merges sets and removes of the same key: the last one wins', async () => {
    await fakeBrowser.storage.sync.set({ a: 1, b: 1 });
    const writer = createSyncWriter({ now });
    const done = Promise.all([writer.write({ remove: ['a'] }), writer.write({ set: { a: 2 } }), writer.write({ set: { b: 3 } }), writer.write({ remove: ['b'] })]);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ a: 2 });
  });

  it('stays inside the per-minute and per-hour write quotas over an hour of dragging a slider', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter({ now });
    const perMinute: number[] = [];
    for (let minute = 0; minute < 60; minute++) {
      const before = set.mock.calls.length;
      for (let tick = 0; tick < 120; tick++) {
        void writer.write({ set: { 'exercises.breathingMinutes': (tick % 5) + 1 } });
        await vi.advanceTimersByTimeAsync(500);
      }
      perMinute.push(set.mock.calls.length - before);
    }
    expect(Math.max(...perMinute)).toBeLessThan(SYNC_QUOTA.writesPerMinute);
    expect(set.mock.calls.length).toBeLessThan(SYNC_QUOTA.writesPerHour);
  });

  it('refuses an item over 8 KB before asking the browser, naming the key', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter({ now });
    await expect(writer.write({ set: { huge: 'x'.repeat(9_000) } })).rejects.toThrow(StorageQuotaError);
    expect(set).not.toHaveBeenCalled();
  });

  it('rejects every change of a batch the browser refused, with a typed quota error', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const writer = createSyncWriter({ now });
    const first = writer.write({ set: { a: 1 } }).catch((error: unknown) => error);
    const second = writer.write({ set: { b: 1 } }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await first).toMatchObject({ name: 'StorageQuotaError', kind: 'too-many-writes' });
    expect(await second).toMatchObject({ name: 'StorageQuotaError', kind: 'too-many-writes' });
  });

  it('writes at once on flush', async () => {
    const writer = createSyncWriter({ now });
    const written = writer.write({ set: { a: 1 } });
    await writer.flush();
    await written;
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ a: 1 });
  });

  it('takes a token for each operation: a write that sets and removes costs two', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    const writer = createSyncWriter({ now });
    for (let i = 0; i < 10; i++) {
      void writer.write({ set: { a: i }, remove: ['b'] });
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // Ten tokens to start with and one back every 3 s: at most 13 operations in these 10 s.
    expect(set.mock.calls.length + remove.mock.calls.length).toBeLessThanOrEqual(13);
  });

  it('writes at once on flush even with the budget spent, and pays it back before the next write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter({ now, rules: { capacity: 1, refillEveryMs: 60_000 } });
    await Promise.all([writer.write({ set: { a: 1 } }), vi.advanceTimersByTimeAsync(1_000)]);
    const hidden = writer.write({ set: { a: 2 } });
    await writer.flush();
    await hidden;
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ a: 2 });
    void writer.write({ set: { a: 3 } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(set).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(set).toHaveBeenCalledTimes(3);
  });
});
