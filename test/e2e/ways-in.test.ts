import type { Worker } from 'playwright-core';
import { expect, test } from './harness/fixtures';
import { readThroughFriendCheck } from './harness/friend-check';
import type { WorkerGlobals } from './harness/worker-hooks';

/*
 * The Reflections page itself is built beside this (until it is there the tab shows the browser's
 * error page), so here only that each way in opens a tab of its own on it.
 */
const reflectionsTabs = (worker: Worker) =>
  worker.evaluate(async () => {
    const tabs = (await (globalThis as WorkerGlobals).chrome.tabs.query({})) as { url?: string; pendingUrl?: string }[];
    return tabs.map((tab) => tab.pendingUrl ?? tab.url ?? '').filter((url) => url.endsWith('/reflections.html'));
  });

test('the popup’s Reflections button opens Reflections in a tab', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  const worker = await extension.worker();
  expect(await reflectionsTabs(worker)).toEqual([]);
  await popup.getByRole('link', { name: 'Reflections: your journal' }).click();
  await expect.poll(() => reflectionsTabs(worker)).toEqual([popup.url().replace('popup.html', 'reflections.html')]);
});

test('a closing’s “Noted in your journal” opens Reflections in a tab, from the popup', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await readThroughFriendCheck(popup);
  const noted = popup.getByRole('button', { name: 'Your pause is in your journal' });
  await expect.poll(() => noted.count()).toBe(1);
  const worker = await extension.worker();
  expect(await reflectionsTabs(worker)).toEqual([]);
  await noted.click();
  await expect.poll(() => reflectionsTabs(worker)).toEqual([popup.url().replace('popup.html', 'reflections.html')]);
});
