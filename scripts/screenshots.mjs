// Takes the README's screenshots: the popup at its real size (380x600) idle, with a reminder
// waiting, in the middle of Name it and at its closing; the welcome page, the new tab and the
// reflections page (with a few days of journal) at 1280x800; each in the light and the dark theme. They go to
// docs/screenshots/ (the names are in screenshot-list.mjs).
//   npm run screenshots
// It drives the test build (made here) in headless Chromium, as a person would: by clicking the
// buttons they would click. Nothing is fetched; the pages' requests never leave the extension.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from '../build.mjs';
import { findChromium, installChromiumHint } from './find-browser.mjs';
import { screenshotFile, screenshots, themes } from './screenshot-list.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = process.env.SCREENSHOTS_DIR ?? join(root, 'docs', 'screenshots');
const popupSize = { width: 380, height: 600 };
const welcomeSize = { width: 1280, height: 800 };

const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium found. ${installChromiumHint}`);
  process.exit(1);
}

const { outDir: buildDir } = await build({ mode: 'test' });
const extension = join(buildDir, 'chrome');
const profile = mkdtempSync(join(tmpdir(), 'kindly-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
await context.route((url) => !url.href.startsWith('chrome-extension://') && !url.href.startsWith('chrome://'), (route) => route.abort());
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const base = `chrome-extension://${new URL(worker.url()).host}`;
// The welcome tab opens by itself on install; the screenshots open their own pages.
for (const page of context.pages()) if (page.url().startsWith(base)) await page.close();
// Active all day, every day, so the pictures are the same at whatever hour they are taken.
await worker.evaluate(async () => {
  const { chrome, kindlyTest } = /** @type {any} */ (globalThis);
  await chrome.storage.sync.set({ 'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6], 'reminders.activeFrom': '00:00', 'reminders.activeUntil': '00:00' });
  await kindlyTest.settled();
});

/** A reminder due now, rung by the real alarm (as the end-to-end tests' ringReminderNow does). */
async function ringReminder() {
  await worker.evaluate(async () => {
    const { chrome } = /** @type {any} */ (globalThis);
    await chrome.storage.local.set({ schedule: { rhythmFrom: Date.now() - 24 * 60 * 60_000 } });
    await chrome.alarms.create('kindly-pause', { when: Date.now() });
  });
}

/** Back to no reminder waiting: the notification answered with "Not now". */
async function answerReminder() {
  await worker.evaluate(async () => {
    const { chrome, kindlyTest } = /** @type {any} */ (globalThis);
    for (const id of Object.keys(await chrome.notifications.getAll())) chrome.notifications.onClosed.dispatch(id, true);
    await chrome.storage.local.set({ schedule: { rhythmFrom: Date.now() } });
    await kindlyTest.settled();
  });
}

/** @typedef {import('playwright-core').Page} Page @typedef {typeof themes[number]} Theme */

/**
 * Presses the runner's way on (whatever it is called on this step) until `done` shows.
 * @param {Page} page @param {import('playwright-core').Locator} done
 */
async function stepUntil(page, done) {
  for (let step = 0; step < 12; step += 1) {
    if (await done.isVisible()) return;
    const onward = page.getByRole('button', { name: /^(Begin|Next|Continue|Done|Skip step)$/ }).first();
    await onward.click({ timeout: 10_000 });
  }
  await done.waitFor({ timeout: 10_000 });
}

/** @param {Theme} theme */
async function openPopup(theme) {
  const page = await context.newPage();
  await page.setViewportSize(popupSize);
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(`${base}/popup.html`);
  await page.getByRole('button', { name: /Name it/ }).first().waitFor();
  return page;
}

/** Each screenshot's way there, from a freshly opened page. @type {Record<typeof screenshots[number], (theme: Theme) => Promise<Page>>} */
const scenes = {
  'popup-idle': openPopup,
  async 'popup-waiting'(theme) {
    await ringReminder();
    const page = await openPopup(theme);
    await page.getByText(/pause is here|waiting/i).first().waitFor({ timeout: 30_000 });
    return page;
  },
  async 'popup-name-it'(theme) {
    const page = await openPopup(theme);
    await page.getByRole('button', { name: /Name it/ }).first().click();
    const pleasantCalm = page.getByRole('radio', { name: /Pleasant, little energy/ }).first();
    await stepUntil(page, pleasantCalm);
    await pleasantCalm.check();
    const word = (/** @type {string} */ name) => page.getByRole('button', { name, exact: true });
    await stepUntil(page, word('relaxed'));
    await word('relaxed').click();
    await word('grateful').click();
    return page;
  },
  async 'popup-closing'(theme) {
    const page = await scenes['popup-name-it'](theme);
    const close = page.getByRole('button', { name: /^Close$/ });
    await stepUntil(page, close);
    return page;
  },
  async welcome(theme) {
    const page = await context.newPage();
    await page.setViewportSize(welcomeSize);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(`${base}/welcome.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  },
  async newtab(theme) {
    const page = await context.newPage();
    await page.setViewportSize(welcomeSize);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(`${base}/newtab.html`);
    await page.getByRole('searchbox').waitFor();
    return page;
  },
  async reflections(theme) {
    await seedJournal();
    const page = await context.newPage();
    await page.setViewportSize(welcomeSize);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(`${base}/reflections.html`);
    await page.getByRole('heading', { name: 'Friend check' }).waitFor();
    return page;
  },
};

/** A few days of practices, as the journal stores them (one storage.local key a day), ending this morning. */
async function seedJournal() {
  await worker.evaluate(async () => {
    const { chrome, kindlyTest } = /** @type {any} */ (globalThis);
    const day = new Date();
    day.setHours(0, 0, 0, 0);
    const at = (/** @type {number} */ daysAgo, /** @type {number} */ hour, /** @type {number} */ minute) => day.getTime() - daysAgo * 86_400_000 + (hour * 60 + minute) * 60_000;
    const key = (/** @type {number} */ time) => {
      const date = new Date(time);
      return `journal:${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    const entries = [
      { exercise: 'friend-check', at: at(0, 9, 40), seconds: 90, finished: true, notes: { friend: 'You did what you could with what you knew. That is enough for today.' } },
      { exercise: 'name-it', at: at(1, 16, 12), seconds: 62, finished: true, emotions: ['tense', 'tired'], notes: { 'makes-sense': 'Three meetings in a row, and no lunch.' } },
      { exercise: 'cyclic-sigh', at: at(1, 11, 5), seconds: 72, finished: true },
      { exercise: 'values-compass', at: at(2, 10, 30), seconds: 75, finished: true, values: ['kindness', 'Being there for Sam'], notes: { 'next-step': 'Call Sam after lunch.' } },
      { exercise: 'name-it', at: at(2, 8, 50), seconds: 50, finished: true, emotions: ['calm', 'grateful'] },
    ];
    /** @type {Record<string, object[]>} */
    const items = {};
    for (const entry of entries) (items[key(entry.at)] ??= []).push(entry);
    await chrome.storage.local.set(items);
    await kindlyTest.settled();
  });
}

mkdirSync(outDir, { recursive: true });
try {
  for (const name of screenshots) {
    for (const theme of themes) {
      const page = await scenes[name](theme);
      // Fonts and the last layout settle before the picture; focus rings would only be noise.
      await page.evaluate(async () => {
        /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      await page.screenshot({ path: join(outDir, screenshotFile(name, theme)) });
      console.log(join(outDir, screenshotFile(name, theme)));
      await page.close();
      if (name === 'popup-waiting') await answerReminder();
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
