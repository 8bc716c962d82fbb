import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { savePreferences } from '../../src/platform/preferences-store';
import { writeItems } from '../../src/platform/storage';
import { useRealSyncTimings } from '../setup/sync-writes';

/*
 * The end-to-end tests ask a page whether it has finished writing (test/e2e/worker-hooks.ts
 * pageSettled) before they check that it wrote nothing: the hook must see every write.
 */
useRealSyncTimings();
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const settled = () => (globalThis as unknown as { kindlyTest: { settled(): Promise<void> } }).kindlyTest.settled();

it('waits for a preference save still in the sync writer’s quiet moment', async () => {
  void savePreferences({ 'reminders.everyMinutes': 30 });
  let done = false;
  const waiting = settled().then(() => (done = true));
  await vi.advanceTimersByTimeAsync(300);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(200);
  await waiting;
  expect(await fakeBrowser.storage.sync.get('reminders.everyMinutes')).toEqual({ 'reminders.everyMinutes': 30 });
});

it('waits for writes to this device’s storage', async () => {
  // A write that takes the browser a moment.
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const slowWrite = new Promise<void>((resolve) => setTimeout(() => void set({ journalProbe: 1 }).then(resolve), 100));
  vi.spyOn(fakeBrowser.storage.local, 'set').mockReturnValueOnce(slowWrite as never);
  void writeItems('local', { set: { journalProbe: 1 } });
  let done = false;
  const waiting = settled().then(() => (done = true));
  await vi.advanceTimersByTimeAsync(50);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(50);
  await waiting;
  expect(await fakeBrowser.storage.local.get('journalProbe')).toEqual({ journalProbe: 1 });
});
