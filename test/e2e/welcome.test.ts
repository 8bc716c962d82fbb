import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { notificationIds, simulateUpdate, storageContents, workerSettled, type WorkerGlobals } from './harness/worker-hooks';

const welcomeTabs = (context: BrowserContext): Page[] => context.pages().filter((page) => page.url().endsWith('/welcome.html'));

/**
 * Clicks a button that closes its own tab. The tab can close while Playwright is still finishing
 * the click, which it reports as an error: that one is the expected outcome, not a failure.
 */
async function clickToClose(page: Page, button: Locator): Promise<void> {
  const closed = page.waitForEvent('close');
  await button.click().catch((error: unknown) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}

test('the welcome page opens by itself on first install, and not again on update', async ({ extension }) => {
  await expect.poll(() => welcomeTabs(extension.context).length).toBe(1);
  const [welcome] = welcomeTabs(extension.context);
  await expect.poll(() => welcome?.locator('h1').textContent()).toBe('Welcome to Kindly');

  const worker = await extension.worker();
  await simulateUpdate(worker);
  // Every tab the worker opens is part of its tracked work, so settled means none is on its way;
  // the browser's own list of tabs knows at once (Playwright hears of a new page a little later).
  await workerSettled(worker);
  const tabs = await worker.evaluate(async () => {
    const { chrome } = globalThis as WorkerGlobals;
    return (await chrome.tabs.query({ url: chrome.runtime.getURL('welcome.html') })).length;
  });
  expect(tabs).toBe(1);
});

test('the welcome and self-compassion pages render, link to each other, and have no accessibility violations', async ({ extension }) => {
  const page = await extension.openPage('welcome.html');
  await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Kindly');
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect.poll(() => page.getByLabel('A pause every').count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: "What self-compassion is — and isn't" }).click();
  await page.waitForURL(/\/self-compassion\.html$/);
  await expect.poll(() => page.locator('h1').textContent()).toBe("What self-compassion is — and isn't");
  expect(await page.locator('main a[href^="https://"]').count()).toBeGreaterThanOrEqual(4);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Getting started with Kindly' }).click();
  await page.waitForURL(/\/welcome\.html$/);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Kindly');
});

test('both pages have no accessibility violations in dark mode either', async ({ extension }) => {
  for (const path of ['welcome.html', 'self-compassion.html']) {
    const page = await extension.openPage(path);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 28, 27)');
    expect(await axeViolations(page)).toEqual([]);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1280×800 the welcome page is one screen with no scrolling until Customize, and clean for axe (${colorScheme})`, async ({ extension }) => {
    const page = await extension.openPage('welcome.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await expect.poll(() => page.getByText(/Press Alt\+Shift\+K on any page/).count()).toBe(1);
    const size = () => page.evaluate(() => ({ height: document.documentElement.scrollHeight, view: document.documentElement.clientHeight }));
    const before = await size();
    expect(before.height).toBeLessThanOrEqual(before.view);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => page.getByLabel('A pause every').count()).toBe(1);
    expect((await size()).height).toBeGreaterThan(before.view);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('"Try a test reminder" shows a reminder and says on the page that it is on its way', async ({ extension }) => {
  const worker = await extension.worker();
  const page = await extension.openPage('welcome.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Try a test reminder' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'A test reminder is on its way' }).count()).toBe(1);
  expect(await notificationIds(worker)).toEqual(['kindly-test-reminder']);
  // Saying so keeps the page one screen: Done is still in view.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight)).toBe(true);
});

test('choices on the welcome page are saved, and Done closes the tab', async ({ extension }) => {
  const worker = await extension.worker();
  const page = await extension.openPage('welcome.html');
  await page.getByRole('button', { name: 'Customize' }).click();
  await page.getByLabel('A pause every').selectOption('30');
  await page.getByRole('checkbox', { name: 'Saturday' }).check();
  await page.getByLabel('Your name (optional)').fill('Robin');
  await page.getByRole('checkbox', { name: 'Curiosity' }).check();
  await clickToClose(page, page.getByRole('button', { name: 'Done' }));
  await expect.poll(() => storageContents(worker, 'sync')).toMatchObject({
    'reminders.everyMinutes': 30,
    'reminders.activeDays': [1, 2, 3, 4, 5, 6],
    'newTab.greetingName': 'Robin',
    'values.chosen': ['curiosity'],
  });
});

test('"Skip" closes the welcome tab and changes nothing', async ({ extension }) => {
  await expect.poll(() => welcomeTabs(extension.context).length).toBe(1);
  const [welcome] = welcomeTabs(extension.context);
  await clickToClose(welcome!, welcome!.getByRole('button', { name: 'Skip — the defaults are good' }).first());
  expect(await storageContents(await extension.worker(), 'sync')).toEqual({});
});

test('the welcome page says the shortcut Chromium has for a pause, and opens its shortcut settings to change it', async ({ extension }) => {
  const page = await extension.openPage('welcome.html');
  await expect.poll(() => page.getByText('Press Alt+Shift+K on any page to start a one-minute pause.').count()).toBe(1);
  const settings = extension.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Choose a different shortcut' }).click();
  const opened = await settings;
  await expect.poll(() => opened.url()).toBe('chrome://extensions/shortcuts');
});
