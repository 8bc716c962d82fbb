import type Browser from 'webextension-polyfill';
import type { Page } from 'playwright-core';
import { expect, test } from './harness/fixtures';
import type { ExtensionSession } from './harness/launch';
import { axeViolations } from './harness/axe';
import { storePreferences } from './harness/first-frames';
import { storageContents } from './harness/worker-hooks';

interface NoteCall {
  api: string;
  args: unknown;
}

/** The browser's new tab (Kindly's), once it shows its sentence. */
async function openNewTab(extension: ExtensionSession): Promise<Page> {
  const page = await extension.openPage('chrome://newtab');
  await expect.poll(() => page.locator('.newtab__affirmation').textContent()).toMatch(/\w{3,}/);
  return page;
}

/** The calls into the browser that a page's test hooks noted (src/platform/test-hooks.ts). */
const callsIn = (page: Page) => page.evaluate(() => (globalThis as unknown as { kindlyTest?: { calls: NoteCall[] } }).kindlyTest?.calls ?? []);

/** Presses Tab until `target` has focus, as a keyboard user would reach it; fails after `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 12): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reached by Tab in ${limit} presses`);
}

/**
 * The browser's own navigation to its search engine's results: the request a search makes (and
 * Chromium's tries of it again, a second or more apart, once it has failed), the browser's, not
 * Kindly's (the harness aborts it, as every request leaving the extension). It is taken off the
 * list the harness checks, so anything else still fails the test.
 */
function takeSearchNavigation(extension: ExtensionSession, words: string): string[] {
  const carrying = extension.outsideRequests.filter((url) => new URL(url).searchParams.get('q') === words);
  extension.outsideRequests.splice(0, extension.outsideRequests.length, ...extension.outsideRequests.filter((url) => !carrying.includes(url)));
  return carrying;
}

test('the search field hands the words to the browser’s search: Enter in this tab, Alt+Enter in a new one', async ({ extension }) => {
  const page = await openNewTab(extension);
  const newTabUrl = page.url();
  // Which tab each request for the search engine's results came from.
  const searchedFrom: { words: string | null; page: Page }[] = [];
  extension.context.on('request', (request) => {
    if (request.url().startsWith('http')) searchedFrom.push({ words: new URL(request.url()).searchParams.get('q'), page: request.frame().page() });
  });
  // Nothing on the page takes focus on load: the address bar keeps it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const field = page.getByRole('searchbox', { name: 'Search the web' });
  await tabTo(page, field);
  await page.keyboard.type('kind words for hard days');

  const opened = extension.context.waitForEvent('page');
  await page.keyboard.press('Alt+Enter');
  const results = await opened;
  // A tab the browser opens itself makes its first try before Playwright can see it (the host
  // rules stop it, as every host here), so the one seen is Chromium's try again, a second later.
  await expect.poll(() => searchedFrom.find(({ words }) => words === 'kind words for hard days')?.page, { timeout: 10_000 }).toBe(results);
  expect(await callsIn(page)).toEqual([{ api: 'search.query', args: { text: 'kind words for hard days', disposition: 'NEW_TAB' } }]);
  // This tab stays as it was, the field emptied for the next search.
  expect(page.url()).toBe(newTabUrl);
  expect(await field.inputValue()).toBe('');

  await field.fill('a quiet walk');
  await page.keyboard.press('Enter');
  await expect.poll(() => searchedFrom.find(({ words }) => words === 'a quiet walk')?.page).toBe(page);
  // Closed, the two tabs try no more: what they tried is all there is to take.
  await Promise.all([results.close(), page.close()]);
  expect(takeSearchNavigation(extension, 'kind words for hard days').length).toBeGreaterThan(0);
  expect(takeSearchNavigation(extension, 'a quiet walk').length).toBeGreaterThan(0);
});

test('Another thought and the settings link work by keyboard, and neither moves the sentence', async ({ extension }) => {
  const page = await openNewTab(extension);
  const sentence = page.locator('.newtab__affirmation');
  const before = { text: await sentence.textContent(), box: await sentence.boundingBox() };
  const another = page.getByRole('button', { name: 'Another thought' });
  await tabTo(page, another);
  await page.keyboard.press('Enter');
  await expect.poll(() => sentence.textContent()).not.toBe(before.text);
  expect(await another.evaluate((element) => element === document.activeElement)).toBe(true);
  // The corner controls sit outside the flow: the sentence stays centred where it was (a
  // longer or shorter sentence only grows or shrinks about its middle).
  const after = await sentence.boundingBox();
  expect(after?.x).toBeCloseTo(before.box?.x ?? 0, -1);
  // The next new tab carries on after the one just shown.
  const shown = await page.evaluate(() => (JSON.parse(localStorage.getItem('kindly.affirmationRotation') ?? '{}') as { shown?: string[] }).shown?.length);
  expect(shown).toBe(2);

  const settings = page.getByRole('link', { name: 'New tab settings' });
  await tabTo(page, settings, 3);
  await page.keyboard.press('Enter');
  await page.waitForURL(/options\.html#newTab-heading$/);
  await expect.poll(() => page.locator('#newTab-heading').isVisible()).toBe(true);
  await expect.poll(() => page.locator('#newTab-heading').evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(200);
});

test('shortcuts are off by default, and turning them on asks the browser for most-visited sites right then', async ({ extension }) => {
  const newTab = await openNewTab(extension);
  expect(await newTab.locator('.newtab__shortcuts').count()).toBe(0);
  const options = await extension.openPage('options.html');
  const granted = () => options.evaluate(() => (globalThis as unknown as { chrome: Browser.Browser }).chrome.permissions.getAll());
  expect((await granted()).permissions).not.toContain('topSites');
  const toggle = options.getByRole('checkbox', { name: 'Show shortcuts to the sites you visit most' });
  expect(await toggle.isChecked()).toBe(false);
  expect(await callsIn(options)).toEqual([]);

  await toggle.focus();
  await options.keyboard.press('Space');
  // The browser's own question is up (a headless browser can't answer it): it was asked for
  // exactly the one permission, and nothing is stored or granted until the person says yes.
  await expect.poll(() => callsIn(options)).toEqual([{ api: 'permissions.request', args: { permissions: ['topSites'] } }]);
  expect(await storageContents(await extension.worker(), 'sync')).not.toHaveProperty('newTab.showShortcuts');
  expect((await granted()).permissions).not.toContain('topSites');
});

test('shortcuts turned on in another browser: the new tab keeps their room and offers to ask this one', async ({ extension }) => {
  await storePreferences(extension, { 'newTab.showShortcuts': true });
  const page = await openNewTab(extension);
  const ask = page.getByRole('button', { name: 'Show your most-visited sites in this browser too' });
  await expect.poll(() => ask.isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  // The row holds the room of its eight tiles from the first frame, whatever fills it later:
  // one row of 88 px tiles on a wide window, two (four a row) on a narrow one.
  const row = page.getByRole('navigation', { name: 'Shortcuts' });
  expect((await row.boundingBox())?.height).toBe(88);
  await page.setViewportSize({ width: 380, height: 600 });
  await expect.poll(async () => (await row.boundingBox())?.height).toBe(2 * 88 + 12);
  await tabTo(page, ask);
  await page.keyboard.press('Enter');
  await expect.poll(() => callsIn(page)).toEqual([{ api: 'permissions.request', args: { permissions: ['topSites'] } }]);
});
