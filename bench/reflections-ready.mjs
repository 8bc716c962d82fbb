// How long the reflections page takes to show the newest entry of its timeline with 10,000
// entries in the journal, against the same page with 100 (docs/design.md: at most 3x). The
// journal is stored through a page of the extension before each load; the two sizes take turns,
// so neither always gets the warmer browser.
import { readyTime } from './measure-page.mjs';

/** Ready: the timeline's newest entry is in the page, with its title. */
const timelineReady = { action: '.timeline-list li', text: '.timeline-list li h3' };

/**
 * `count` entries, a few a day going back from now, as the journal stores them (one key a day).
 * @param {number} count
 */
export function journalOf(count) {
  /** @type {Record<string, object[]>} */
  const items = {};
  const now = Date.now();
  const exercises = ['name-it', 'friend-check', 'cyclic-sigh', 'values-compass'];
  for (let index = 0; index < count; index += 1) {
    const at = now - index * 3 * 3_600_000;
    const date = new Date(at);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const exercise = exercises[index % exercises.length];
    (items[`journal:${day}`] ??= []).push({ exercise, at, seconds: 60, finished: true, emotions: ['calm', 'tired'], notes: { 'makes-sense': 'A long day with many meetings.' } });
  }
  return items;
}

/**
 * Replaces the journal in storage.local with `items`, through the extension page `seedUrl`.
 * @param {import('playwright-core').BrowserContext} context @param {string} seedUrl @param {Record<string, object[]>} items
 */
async function storeJournal(context, seedUrl, items) {
  const page = await context.newPage();
  try {
    await page.goto(seedUrl);
    await page.evaluate(async (journal) => {
      const { chrome } = /** @type {{ chrome: import('webextension-polyfill').Browser }} */ (/** @type {unknown} */ (globalThis));
      const old = Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('journal:'));
      await chrome.storage.local.remove(old);
      await chrome.storage.local.set(journal);
    }, items);
  } finally {
    await page.close();
  }
}

/**
 * Ready times of reflections.html with a large and a small journal, loads alternating.
 * @param {import('playwright-core').BrowserContext} context @param {(file: string) => string} url
 * @param {{ warmUps: number, runs: number, large?: number, small?: number }} options
 * @returns {Promise<{ large: number[], small: number[] }>}
 */
export async function reflectionsReadyTimes(context, url, { warmUps, runs, large = 10_000, small = 100 }) {
  const journals = { large: journalOf(large), small: journalOf(small) };
  /** @type {{ large: number[], small: number[] }} */
  const times = { large: [], small: [] };
  for (let run = 0; run < warmUps + runs; run += 1) {
    /** @type {Array<'large' | 'small'>} */
    const order = run % 2 === 0 ? ['large', 'small'] : ['small', 'large'];
    for (const size of order) {
      await storeJournal(context, url('options.html'), journals[size]);
      const time = await readyTime(context, url('reflections.html'), timelineReady);
      if (run >= warmUps) times[size].push(time);
    }
  }
  return times;
}
