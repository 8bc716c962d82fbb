import type { Worker } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { storageContents, workerSettled, type WorkerGlobals } from './harness/worker-hooks';

const texts = [
  'I can take one slow breath before the next thing, and let this morning be as full as it already is.',
  'A hard afternoon says nothing about my worth; I am allowed to move through it at a gentle pace today.',
  'I can speak to myself the way I would speak to a good friend who had this very same kind of week.',
];

type SyncArea = WorkerGlobals['chrome']['storage']['sync'] & { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number> };

/**
 * Fills storage.sync with items Kindly doesn't read until only `room` bytes are left, and
 * resolves to what Chromium then says is left.
 */
function leaveSyncRoom(worker: Worker, room: number): Promise<number> {
  return worker.evaluate(async (left) => {
    const sync = (globalThis as WorkerGlobals).chrome.storage.sync as SyncArea;
    let toFill = sync.QUOTA_BYTES - (await sync.getBytesInUse(null)) - left;
    const items: Record<string, string> = {};
    // An item is its key plus the JSON of its value ("…", two quotes): 8,000 bytes at most
    // (sync allows 8,192), and never leaving less than a whole item's key to fill after it.
    for (let index = 0; toFill > 0; index++) {
      const key = `padding_${String(index).padStart(2, '0')}`;
      let bytes = Math.min(8_000, toFill);
      if (toFill - bytes > 0 && toFill - bytes < 20) bytes -= 20;
      items[key] = 'x'.repeat(bytes - key.length - 2);
      toFill -= bytes;
    }
    await sync.set(items);
    return sync.QUOTA_BYTES - (await sync.getBytesInUse(null));
  }, room);
}

const storedTexts = async (worker: Worker) =>
  Object.entries(await storageContents(worker, 'sync'))
    .filter(([key]) => key.startsWith('affirmation.'))
    .map(([, value]) => (value as { text: string }).text)
    .sort((a, b) => texts.indexOf(a) - texts.indexOf(b));

test('three affirmations added within a second, with room for two: two are saved, the third stays in the list with its words', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  expect(await leaveSyncRoom(worker, 400)).toBe(400);

  const options = await extension.openPage('options.html');
  const field = options.getByLabel('Write one of your own');
  await expect.poll(() => field.isEnabled()).toBe(true);
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
  }

  await expect.poll(() => storedTexts(worker), { timeout: 10_000 }).toEqual(texts.slice(0, 2));
  const third = options.getByRole('listitem').filter({ hasText: texts[2] });
  await expect.poll(() => third.getByText('Not saved — no room left').isVisible()).toBe(true);
  for (const text of texts) expect(await options.getByRole('listitem').filter({ hasText: text }).isVisible()).toBe(true);
  expect(await options.getByRole('listitem').filter({ hasText: 'Not saved' }).count()).toBe(1);
  expect(await options.getByRole('alert').filter({ hasText: 'has no room for this' }).textContent()).toMatch(/What you wrote is still here/);
  expect(await third.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  expect(await field.inputValue()).toBe('');
  // Readable in both themes, the marked row included.
  expect(await axeViolations(options)).toEqual([]);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(options)).toEqual([]);
});
