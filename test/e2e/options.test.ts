import type { Page } from 'playwright-core';
import { expect, test } from './harness/fixtures';
import type { ExtensionSession } from './harness/launch';
import { reminderAlarmTime, setStorage, storageContents, workerSettled } from './harness/worker-hooks';

const MINUTE = 60_000;
/** Active all day, every day: the alarm is the same whatever hour the tests run. */
const allDay = { 'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6], 'reminders.activeFrom': '00:00', 'reminders.activeUntil': '00:00' };

test('changing the rhythm on the options page reschedules the worker’s alarm, keeping the time elapsed', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  const before = (await reminderAlarmTime(worker)) ?? 0;
  const options = await extension.openPage('options.html');
  const rhythm = options.getByLabel('Minutes between pauses');
  await rhythm.fill('90');
  await rhythm.blur();
  await expect.poll(async () => (await storageContents(worker, 'sync'))['reminders.everyMinutes']).toBe(90);
  await expect.poll(async () => ((await reminderAlarmTime(worker)) ?? 0) - before).toBeGreaterThan(29 * MINUTE);
  expect(((await reminderAlarmTime(worker)) ?? 0) - before).toBeLessThanOrEqual(30 * MINUTE + 2_000);
});

test('an invalid value is flagged in words and never stored', async ({ extension }) => {
  const worker = await extension.worker();
  const options = await extension.openPage('options.html');
  const rhythm = options.getByLabel('Minutes between pauses');
  await rhythm.fill('45');
  await rhythm.blur();
  await expect.poll(async () => (await storageContents(worker, 'sync'))['reminders.everyMinutes']).toBe(45);
  await rhythm.fill('5');
  await rhythm.blur();
  await expect.poll(() => rhythm.getAttribute('aria-invalid')).toBe('true');
  const messageId = await rhythm.getAttribute('aria-describedby');
  const message = await options.locator(`[id="${(messageId ?? '').split(' ').join('"], [id="')}"]`).allTextContents();
  expect(message.join(' ')).toMatch(/10 to 180/);
  // A later valid change goes through the same ordered writer: once it has landed, anything
  // the invalid value could have caused would have landed too.
  await options.getByLabel('Notification sound').uncheck();
  await expect.poll(async () => (await storageContents(worker, 'sync'))['reminders.sound']).toBe(false);
  expect((await storageContents(worker, 'sync'))['reminders.everyMinutes']).toBe(45);
});

test('two open options pages stay in sync', async ({ extension }) => {
  const first = await extension.openPage('options.html');
  const second = await extension.openPage('options.html');
  await first.getByRole('radio', { name: /^Dark/ }).check();
  await expect.poll(() => second.getByRole('radio', { name: /^Dark/ }).isChecked()).toBe(true);
  await expect.poll(() => second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('the list of sections jumps to one by keyboard, and Tab goes on from there', async ({ extension }) => {
  const page = await extension.openPage('options.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  const values = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Values' });
  await expect.poll(() => values.count()).toBe(1);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let presses = 0; presses < 20 && (await focusedText()) !== 'Values'; presses++) await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Values');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#values-heading$/);
  const heading = page.getByRole('heading', { level: 2, name: 'Values' });
  await expect.poll(async () => {
    const box = await heading.boundingBox();
    return box !== null && box.y >= 0 && box.y < 200;
  }).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby'))).toBe('values-heading');
});

test("the welcome page's link to the new tab section lands on it once the sections are there", async ({ extension }) => {
  const welcome = await extension.openPage('welcome.html');
  await welcome.setViewportSize({ width: 1280, height: 800 });
  await welcome.getByRole('link', { name: 'Change what a new tab shows' }).click();
  await welcome.waitForURL(/\/options\.html#newTab-heading$/);
  const heading = welcome.getByRole('heading', { level: 2, name: 'New tab' });
  // At the top of the window (not below it, where it sits before the page scrolls to it).
  const atTop = async () => {
    const box = await heading.boundingBox();
    return box !== null && box.y >= 0 && box.y < 200;
  };
  await expect.poll(atTop).toBe(true);
});

/** Opens the options page with its later sections held back until `release` (or failed by it). */
async function optionsWithLaterHeld(extension: ExtensionSession, { hash = '', width = 1280 } = {}) {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  let release: (outcome: 'arrive' | 'fail') => void = () => undefined;
  const outcome = new Promise<'arrive' | 'fail'>((resolve) => (release = resolve));
  await page.route(/\/chunks\/later-sections-[^/]*\.js$/, async (route) => ((await outcome) === 'fail' ? route.abort() : route.continue()));
  await page.goto(`chrome-extension://${extension.extensionId}/options.html${hash}`);
  await page.getByRole('region', { name: 'Reminders' }).waitFor();
  return { page, release };
}

const headingTops = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('h2')].map((heading) => [heading.id, Math.round(heading.getBoundingClientRect().top + window.scrollY)])));
/** The later sections are in, down to the last one's own read of where preferences are kept. */
const laterArrived = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null && document.querySelector('.your-data input[type="radio"]:checked'));

for (const width of [1280, 380]) {
  test(`at ${width} px, each later section's place is held, so nothing moves when they arrive`, async ({ extension }) => {
    const { page, release } = await optionsWithLaterHeld(extension, { width });
    expect(await page.locator('[aria-busy="true"]').count()).toBe(7);
    const before = await headingTops(page);
    release('arrive');
    await laterArrived(page);
    const after = await headingTops(page);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [id, top] of Object.entries(after)) expect(Math.abs(top - (before[id] ?? 0)), id).toBeLessThanOrEqual(8);
  });
}

test('a link to a later section lands on its heading before the section arrives, and stays there', async ({ extension }) => {
  const { page, release } = await optionsWithLaterHeld(extension, { hash: '#newTab-heading' });
  const heading = page.getByRole('heading', { level: 2, name: 'New tab' });
  const atTop = async () => {
    const box = await heading.boundingBox();
    return box !== null && box.y >= 0 && box.y < 200;
  };
  await expect.poll(atTop).toBe(true);
  expect(await page.getByRole('region', { name: 'New tab' }).getAttribute('aria-busy')).toBe('true');
  release('arrive');
  await laterArrived(page);
  expect(await atTop()).toBe(true);
});

test("if the later sections can't load, each says so in words and the first screen still saves", async ({ extension }) => {
  const worker = await extension.worker();
  const { page, release } = await optionsWithLaterHeld(extension);
  release('fail');
  await page.getByRole('button', { name: 'Reload the page' }).waitFor();
  for (const name of ['Exercises', 'Values', 'Appearance', 'New tab', 'Your own affirmations', 'Your data']) {
    expect(await page.getByRole('region', { name }).textContent()).toContain("This part of the page didn't load.");
  }
  await page.getByLabel('Remind me to take mindful pauses').uncheck();
  await expect.poll(async () => (await storageContents(worker, 'sync'))['reminders.enabled']).toBe(false);
  // The browser's own report of the fetch this test refused is the one error expected.
  const refused = extension.errors.findIndex((error) => /Failed to load resource.*later-sections-/.test(error));
  expect(refused).toBeGreaterThanOrEqual(0);
  extension.errors.splice(refused, 1);
});
