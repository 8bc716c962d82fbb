import type { Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { ExtensionSession } from './harness/launch';
import { DARK_BACKGROUND, LIGHT_BACKGROUND, openRecordingFrames, recordedFrames as frames, snapshotIn, storePreferences } from './harness/first-frames';
import { storageContents } from './harness/worker-hooks';

/** The browser's new tab (Kindly's), recording its first frames; resolves once it shows its sentence. */
async function openNewTab(extension: ExtensionSession, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await openRecordingFrames(extension, 'chrome://newtab', colorScheme);
  await expect.poll(() => page.locator('.newtab__affirmation').textContent()).toMatch(/\w{3,}/);
  return page;
}

test('chrome://newtab shows one affirmation from storage-free first paint, titled and labelled', async ({ extension }) => {
  const page = await openNewTab(extension);
  expect(await page.title()).toBe('New tab');
  expect(await page.locator('h1').textContent()).toBe('A kind thought for this moment');
  expect(await page.getByRole('button', { name: 'Take a one-minute pause' }).isVisible()).toBe(true);
  // It doesn't take focus: the address bar keeps it, also once the page has caught up with
  // storage (the next pause needs the schedule read).
  await expect.poll(() => page.locator('.newtab__next-pause').textContent()).toMatch(/Next pause/);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test('the first frame shows the words alone, and the controls join below them without moving them', async ({ extension }) => {
  const page = await extension.context.newPage();
  // Before any of the page's code: where the sentence is and how many controls there are, at each
  // of the first frames, and every layout shift.
  await page.addInitScript(() => {
    const seen: Array<{ top: number | null; controls: number }> = [];
    const shifts: number[] = [];
    Object.assign(globalThis, { kindlySeen: seen, kindlyShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    const record = () => {
      const sentence = document.querySelector('.newtab__affirmation');
      if (sentence) seen.push({ top: sentence.getBoundingClientRect().top, controls: document.querySelectorAll('main button, main a, main input').length });
      if (seen.length < 20) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.goto('chrome://newtab');
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as { kindlySeen: unknown[] }).kindlySeen.length)).toBeGreaterThan(5);
  const { seen, shifts } = await page.evaluate(() => {
    const recorded = globalThis as unknown as { kindlySeen: Array<{ top: number; controls: number }>; kindlyShifts: number[] };
    return { seen: recorded.kindlySeen, shifts: recorded.kindlyShifts };
  });
  expect(seen[0]?.controls).toBe(0);
  expect(seen.at(-1)?.controls).toBeGreaterThan(3);
  expect(new Set(seen.map((frame) => frame.top)).size).toBe(1);
  expect(shifts).toEqual([]);
});

test('a chosen dark theme is dark from the first frame, on a light system', async ({ extension }) => {
  await storePreferences(extension, { 'appearance.theme': 'dark' });
  const page = await openNewTab(extension, 'light');
  const seen = await frames(page);
  expect(seen.map((frame) => frame.background)).toEqual(seen.map(() => DARK_BACKGROUND));
  expect(await axeViolations(page)).toEqual([]);
});

test('a chosen light theme stays light from the first frame, on a dark system', async ({ extension }) => {
  await storePreferences(extension, { 'appearance.theme': 'light' });
  const seen = await frames(await openNewTab(extension, 'dark'));
  expect(seen.map((frame) => frame.background)).toEqual(seen.map(() => LIGHT_BACKGROUND));
});

test('the system’s dark mode is dark from the first frame', async ({ extension }) => {
  const seen = await frames(await openNewTab(extension, 'dark'));
  expect(seen.map((frame) => frame.background)).toEqual(seen.map(() => DARK_BACKGROUND));
});

test('minimal mode, chosen on the options page, applies to the next new tab from its first frame', async ({ extension }) => {
  const options = await extension.openPage('options.html');
  await options.getByRole('region', { name: 'New tab' }).getByRole('radio', { name: /^Minimal/ }).check();
  await expect.poll(async () => (await storageContents(await extension.worker(), 'sync'))['newTab.mode']).toBe('minimal');
  await expect.poll(() => snapshotIn(options)).toMatchObject({ 'newTab.mode': 'minimal' });
  const page = await openNewTab(extension);
  // Frames drawn before the page's script has run (if any) show only the background.
  const withContent = (await frames(page)).filter((frame) => frame.main !== null);
  expect(withContent.length).toBeGreaterThan(0);
  expect(withContent.every((frame) => frame.main?.includes('newtab--minimal'))).toBe(true);
  // The sentence, and the search field the person kept on: nothing else.
  expect(await page.locator('main button, main a').allTextContents()).toEqual(['Search']);
  expect(await page.locator('main > *:not(h1)').evaluateAll((children) => children.map((child) => child.className))).toEqual(['newtab__affirmation', 'newtab__search']);
  expect(await axeViolations(page)).toEqual([]);
});

test('every tab brings another affirmation; one a day keeps the same one all day', async ({ extension }) => {
  const sentence = async () => (await openNewTab(extension)).locator('.newtab__affirmation').textContent();
  const first = await sentence();
  expect(await sentence()).not.toBe(first);
  const options = await extension.openPage('options.html');
  await options.getByRole('region', { name: 'New tab' }).getByRole('radio', { name: 'One a day' }).check();
  await expect.poll(async () => (await storageContents(await extension.worker(), 'sync'))['newTab.rotation']).toBe('daily');
  await expect.poll(() => snapshotIn(options)).toMatchObject({ 'newTab.rotation': 'daily' });
  const today = await sentence();
  expect(await sentence()).toBe(today);
  expect(await sentence()).toBe(today);
});

test('words asked for from another page show on the next new tab, and not on the one after', async ({ extension }) => {
  const words = 'You did what you could with what you had.';
  const options = await extension.openPage('options.html');
  // As Reflections' "Show on my new tab" leaves it: the rotation's state, shared by the extension's pages.
  await options.evaluate((next) => {
    localStorage.setItem('kindly.affirmationRotation', JSON.stringify({ shown: [], next }));
  }, { id: 'affirmation.kind000001', text: words });
  const sentence = async () => (await openNewTab(extension)).locator('.newtab__affirmation').textContent();
  expect(await sentence()).toBe(words);
  expect(await sentence()).not.toBe(words);
});

test('the one-minute pause runs in place, is recorded as taken, and Esc brings the affirmation back', async ({ extension }) => {
  const worker = await extension.worker();
  const page = await openNewTab(extension);
  const sentence = await page.locator('.newtab__affirmation').textContent();
  await page.getByRole('button', { name: 'Take a one-minute pause' }).click();
  await expect.poll(() => page.getByRole('progressbar').count()).toBe(1);
  await expect.poll(() => page.locator('main').textContent()).toMatch(/Even breathing.*Sit comfortably/);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect.poll(() => page.locator('main').textContent()).toMatch(/Breathe in|Breathe out/);
  // The runner's styles come with the page's own stylesheet (a chunk brings none): the circle is round.
  expect(await page.locator('.breathing-pacer__circle').evaluate((circle) => getComputedStyle(circle).borderRadius)).toBe('50%');
  expect(await axeViolations(page)).toEqual([]);
  await expect
    .poll(async () => Object.entries(await storageContents(worker, 'local')).some(([key, entries]) => key.startsWith('pauseLog:') && JSON.stringify(entries).includes('"taken"')))
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.newtab__affirmation').textContent()).toBe(sentence);
});
