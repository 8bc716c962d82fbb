import type { Request } from 'playwright-core';
import { expect, test } from './harness/fixtures';
import { notificationIds, reminderAlarmTime, setStorage, storageContents, type WorkerGlobals } from './harness/worker-hooks';

type WithWindows = WorkerGlobals & {
  chrome: {
    windows: { getLastFocused(): Promise<{ id: number; state: string }>; update(id: number, info: object): Promise<{ state: string }> };
    notifications: { create(id: string, options: object): Promise<string> };
  };
};

// The end-to-end tests share a browser and install Kindly afresh for each: this shows that what
// one test leaves behind (storage, alarms, notifications, tabs, a fullscreen window, a listener
// on the browser's context) is gone when the next one installs, and that install is a first one.
test('a test leaves nothing behind for the next: each install is a first install in a clean browser', async ({ chromium }) => {
  const first = await chromium.install();
  const heard: Request[] = [];
  try {
    const worker = await first.worker();
    await setStorage(worker, 'sync', { 'reminders.everyMinutes': 25 });
    await setStorage(worker, 'local', { 'journal:2026-03-14': [] });
    await worker.evaluate(() =>
      (globalThis as WithWindows).chrome.notifications.create('kindly-pause', { type: 'basic', iconUrl: 'icons/icon-48.png', title: 'left', message: 'behind' }),
    );
    const page = await first.openPage('popup.html');
    await page.evaluate(() => localStorage.setItem('left', 'behind'));
    await (await first.context.newPage()).goto('chrome://extensions/shortcuts');
    first.context.on('request', (request) => heard.push(request));
    // Last, as the test of reminders in a fullscreen window leaves it.
    expect(
      await worker.evaluate(async () => {
        const { chrome } = globalThis as WithWindows;
        const window = await chrome.windows.getLastFocused();
        return (await chrome.windows.update(window.id, { state: 'fullscreen' })).state;
      }),
    ).toBe('fullscreen');
  } finally {
    await first.close();
  }

  const second = await chromium.install();
  try {
    expect(second.extensionId).not.toBe(first.extensionId);
    const worker = await second.worker();
    // A first install: the welcome tab opens, and only the worker's own schedule is stored.
    await expect.poll(() => second.context.pages().filter((page) => page.url().endsWith('/welcome.html')).length).toBe(1);
    expect(second.context.pages().map((page) => page.url()).filter((url) => !url.startsWith(`chrome-extension://${second.extensionId}/`))).toEqual(['about:blank']);
    expect(await storageContents(worker, 'sync')).toEqual({});
    expect(Object.keys(await storageContents(worker, 'local'))).toEqual(['schedule']);
    expect(await reminderAlarmTime(worker)).toEqual(expect.any(Number));
    expect(await notificationIds(worker)).toEqual([]);
    expect(await worker.evaluate(async () => (await (globalThis as WithWindows).chrome.windows.getLastFocused()).state)).toBe('normal');
    const page = await second.openPage('popup.html');
    expect(await page.evaluate(() => localStorage.getItem('left'))).toBeNull();
    expect(heard).toEqual([]);
  } finally {
    await second.close();
  }
  expect(second.outsideRequests).toEqual([]);
  expect(second.errors).toEqual([]);
});
