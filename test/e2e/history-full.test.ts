import { expect, test } from './harness/fixtures';
import type { ExtensionSession } from './harness/launch';
import { readThroughFriendCheck } from './harness/friend-check';
import { storageContents, type WorkerGlobals } from './harness/worker-hooks';

type LocalWithQuota = WorkerGlobals['chrome']['storage']['local'] & { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number> };

/** Fills this device's storage.local to within 40 bytes; returns what it holds then. */
async function fillLocalStorage(extension: ExtensionSession) {
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
  return storageContents(worker, 'local');
}

const journalKeys = (items: Record<string, unknown>) => Object.keys(items).filter((key) => key.startsWith('journal:'));

test('with this device’s storage full, the closing says the practice couldn’t be noted, and what was kept stays', async ({ extension }) => {
  const before = await fillLocalStorage(extension);
  const popup = await extension.openPage('popup.html');
  await readThroughFriendCheck(popup);
  await expect.poll(() => popup.getByText(/couldn't be noted in your journal: your history has filled the room/).count()).toBe(1);
  expect(await popup.getByRole('button', { name: 'Make room in Reflections' }).count()).toBe(1);
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  expect(journalKeys(await storageContents(await extension.worker(), 'local'))).toEqual(journalKeys(before));
  // No note was written, so there is nothing to hand back.
  expect(await popup.getByRole('button', { name: 'Copy my words' }).count()).toBe(0);
});

test('with storage full, a note the journal refused stays in view, and Copy my words puts it on the clipboard', async ({ extension }) => {
  const words = 'You were tired, and you still showed up.';
  const before = await fillLocalStorage(extension);
  const popup = await extension.openPage('popup.html');
  await readThroughFriendCheck(popup, words);
  const kept = popup.getByRole('textbox', { name: /Your note isn't in the journal/ });
  await expect.poll(() => kept.inputValue()).toBe(words);
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  // By keyboard from Close, as a person would reach it.
  const copy = popup.getByRole('button', { name: 'Copy my words' });
  await copy.focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Copied.' }).count()).toBe(1);
  // Pasted into a field of the test's own, as the person would paste it somewhere else.
  await popup.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste-here' })));
  await popup.locator('#paste-here').focus();
  await popup.keyboard.press('ControlOrMeta+V');
  expect(await popup.locator('#paste-here').inputValue()).toBe(words);
  expect(journalKeys(await storageContents(await extension.worker(), 'local'))).toEqual(journalKeys(before));
});
