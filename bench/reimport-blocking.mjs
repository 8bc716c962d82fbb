// How long the options page is blocked at a time while a 10,000-entry journal is imported again
// over itself (issue 12: never more than 100 ms at a time). Long tasks as Chromium reports them.

const ENTRIES = 10_000;

/** The same 10,000 entries, as stored and as an export file holds them (day → list). */
function journal() {
  /** @type {Record<string, object[]>} */
  const days = {};
  const start = Date.UTC(2026, 0, 1, 9);
  for (let index = 0; index < ENTRIES; index += 1) {
    const at = start + index * 3 * 3_600_000;
    const day = new Date(at).toISOString().slice(0, 10);
    (days[day] ??= []).push({ exercise: 'name-it', at, seconds: 60, finished: true, emotions: ['calm', 'tired'], notes: { why: 'A long day with many meetings.' } });
  }
  return days;
}

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} optionsUrl
 * @returns {Promise<{ preview: number, importing: number }>} the longest task of each, in ms (0: none over 50 ms)
 */
export async function reimportLongestTasks(context, optionsUrl) {
  const days = journal();
  const page = await context.newPage();
  try {
    await page.goto(optionsUrl);
    await page.evaluate((items) => /** @type {{ chrome: import('webextension-polyfill').Browser }} */ (/** @type {unknown} */ (globalThis)).chrome.storage.local.set(items), Object.fromEntries(Object.entries(days).map(([day, list]) => [`journal:${day}`, list])));
    await page.reload();
    const file = { format: 'kindly-export', version: 1, exportedAt: new Date().toISOString(), preferences: {}, preferencesArea: 'sync', journal: days, pauseLog: {} };
    // The file is handed to the page before watching: only the page's own work is measured.
    await page.evaluate((text) => {
      const scope = /** @type {{ fileText?: string, longTasks?: number[] }} */ (globalThis);
      scope.fileText = text;
      scope.longTasks = [];
      new PerformanceObserver((list) => scope.longTasks?.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    }, JSON.stringify(file));
    // The import field is in Your data, one of the sections that arrive just after first paint.
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    const longest = () => page.evaluate(() => Math.max(0, ...(/** @type {{ longTasks: number[] }} */ (/** @type {unknown} */ (globalThis)).longTasks.splice(0))));
    await page.evaluate(() => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('input[type=file]'));
      const transfer = new DataTransfer();
      transfer.items.add(new File([/** @type {{ fileText: string }} */ (/** @type {unknown} */ (globalThis)).fileText], 'kindly.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.getByText('Journal entries to add: 0').waitFor({ timeout: 60_000 });
    const preview = await longest();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported\./).waitFor({ timeout: 60_000 });
    return { preview, importing: await longest() };
  } finally {
    await page.close();
  }
}
