import { expect, test } from './harness/fixtures';
import { readThroughFriendCheck } from './harness/friend-check';
import { storageContents, type WorkerGlobals } from './harness/worker-hooks';

type LocalWithQuota = WorkerGlobals['chrome']['storage']['local'] & { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number> };

test('with this device’s storage full, the closing says the practice couldn’t be noted, and what was kept stays', async ({ extension }) => {
  const worker = await extension.worker();
  // Chromium's own 10 MB for storage.local, filled to within 40 bytes: less than any journal
  // entry takes (a practice with nothing written is about 75 bytes, its day's key 20 more).
  await worker.evaluate(async () => {
    const local = (globalThis as WorkerGlobals).chrome.storage.local as LocalWithQuota;
    await local.set({ 'journal:2026-01-05': [{ exercise: 'name-it', at: 0, seconds: 60, finished: true }] });
    // The install's own first writes can land between measuring and filling: measure again then.
    for (let attempt = 1; ; attempt += 1) {
      const used = await local.getBytesInUse(null);
      // The filler counts its key and its JSON quotes as well as its letters.
      try {
        await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - 'filler'.length - 2 - 40) });
        return;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
  });
  const before = await storageContents(worker, 'local');
  const popup = await extension.openPage('popup.html');
  await readThroughFriendCheck(popup);
  await expect.poll(() => popup.getByText(/couldn't be noted in your journal: your history has filled the room/).count()).toBe(1);
  expect(await popup.getByRole('button', { name: 'Make room in Reflections' }).count()).toBe(1);
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  expect(Object.keys(await storageContents(worker, 'local')).filter((key) => key.startsWith('journal:'))).toEqual(Object.keys(before).filter((key) => key.startsWith('journal:')));
});
