import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRetryingWriter, type KeptChanges } from '../../src/platform/retrying-writer';
import { createSyncWriter } from '../../src/platform/sync-writer';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const now = () => Date.now();
/** Chromium 156's words when the minute's writes are spent. */
const tooManyWrites = () => new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
const synced = () => fakeBrowser.storage.sync.get(null);

describe('a change the browser refused', () => {
  function keptLog() {
    const seen: KeptChanges[] = [];
    return { seen, onKept: (kept: KeptChanges) => seen.push(kept) };
  }

  it('is kept and written again once the browser allows, without another change', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites()).mockRejectedValueOnce(tooManyWrites());
    const { seen, onKept } = keptLog();
    const writer = createRetryingWriter(createSyncWriter({ now }), onKept);
    const first = writer.write({ set: { 'reminders.sound': false } }, { keep: true }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await first).toMatchObject({ kind: 'too-many-writes' });
    expect(seen).toEqual([{ keys: ['reminders.sound'], problem: 'too-many-writes' }]);
    await vi.advanceTimersByTimeAsync(11_000);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await synced()).toEqual({});
    await vi.advanceTimersByTimeAsync(11_000);
    expect(await synced()).toEqual({ 'reminders.sound': false });
    expect(seen.at(-1)).toEqual({ keys: [], problem: undefined });
  });

  it('goes in one write with the next change, under anything newer for the same key', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites());
    const writer = createRetryingWriter(createSyncWriter({ now }));
    void writer.write({ set: { a: 1, b: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([writer.write({ set: { a: 2 } }, { keep: true }), vi.advanceTimersByTimeAsync(1_000)]);
    expect(set).toHaveBeenCalledTimes(2);
    expect(set.mock.calls[1]?.[0]).toEqual({ a: 2, b: 1 });
  });

  it('never comes back over a newer change that was already on its way', async () => {
    const area = fakeBrowser.storage.sync as { set(items: Record<string, unknown>): Promise<void> };
    let refuse: (error: unknown) => void = () => undefined;
    const set = vi.spyOn(area, 'set').mockImplementationOnce(() => new Promise((_, reject) => (refuse = reject)));
    const writer = createRetryingWriter(createSyncWriter({ now }));
    void writer.write({ set: { a: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    // The first write is still with the browser when a newer value goes out behind it.
    const newer = writer.write({ set: { a: 2 } }, { keep: true });
    await vi.advanceTimersByTimeAsync(1_000);
    refuse(tooManyWrites());
    await newer;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(await synced()).toEqual({ a: 2 });
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('is written at once when the page is hidden, whatever the budget', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(tooManyWrites());
    const writer = createRetryingWriter(createSyncWriter({ now, rules: { capacity: 1, refillEveryMs: 60_000 } }));
    void writer.write({ set: { a: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    await writer.flush();
    expect(await synced()).toEqual({ a: 1 });
  });

  it('is tried again while there is no room too, and not once it is forgotten', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const { seen, onKept } = keptLog();
    const writer = createRetryingWriter(createSyncWriter({ now }), onKept);
    void writer.write({ set: { a: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000 + 11_000 + 21_000);
    expect(set).toHaveBeenCalledTimes(3);
    expect(seen).toEqual([{ keys: ['a'], problem: 'area-full' }]);
    // A newer value from another page or browser replaced it.
    writer.forget(['a']);
    expect(seen.at(-1)).toEqual({ keys: [], problem: undefined });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(set).toHaveBeenCalledTimes(3);
  });

  it('is not brought back by a try that was on its way when it was forgotten', async () => {
    const area = fakeBrowser.storage.sync as { set(items: Record<string, unknown>): Promise<void> };
    let refuse: (error: unknown) => void = () => undefined;
    const set = vi
      .spyOn(area, 'set')
      .mockRejectedValueOnce(tooManyWrites())
      .mockImplementationOnce(() => new Promise((_, reject) => (refuse = reject)));
    const writer = createRetryingWriter(createSyncWriter({ now }));
    void writer.write({ set: { a: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000 + 11_000);
    expect(set).toHaveBeenCalledTimes(2);
    writer.forget(['a']);
    refuse(tooManyWrites());
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await synced()).toEqual({});
  });

  it('is dropped when it was not asked to be kept, or can never fit', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(tooManyWrites())
      .mockRejectedValueOnce(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    const { seen, onKept } = keptLog();
    const writer = createRetryingWriter(createSyncWriter({ now }), onKept);
    void writer.write({ set: { 'affirmation.aaaaaaaa': { text: 'I can rest.' } } }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    void writer.write({ set: { a: 1 } }, { keep: true }).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(set).toHaveBeenCalledTimes(2);
    expect(seen).toEqual([]);
    expect(await synced()).toEqual({});
  });
});
