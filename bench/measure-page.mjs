// One load of one page, measured inside the page. Each load gets a fresh tab (closest to opening a
// new tab or the popup), and each measure waits on a condition in the page, never a fixed sleep.
// They know nothing of how a page is built: only that it loads, paints and shows what it shows.

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

const TIMEOUT = 5_000;

/**
 * @template T
 * @param {BrowserContext} context @param {(page: Page) => Promise<T>} body
 */
async function inFreshPage(context, body) {
  const page = await context.newPage();
  try {
    return await body(page);
  } finally {
    await page.close();
  }
}

/**
 * Waits until Chromium has recorded the page's first contentful paint; its time in ms from
 * navigation start. A page that never paints content (e.g. it threw) times out.
 * @param {Page} page
 */
async function waitForFirstContentfulPaint(page) {
  const fcp = await page.waitForFunction(
    () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime,
    undefined,
    { timeout: TIMEOUT },
  );
  return /** @type {number} */ (await fcp.jsonValue());
}

/**
 * First contentful paint of one load of `url`, in ms from navigation start.
 * @param {BrowserContext} context @param {string} url
 */
export function firstContentfulPaint(context, url) {
  return inFreshPage(context, async (page) => {
    await page.goto(url);
    return waitForFirstContentfulPaint(page);
  });
}

/**
 * @typedef {object} ReadyCondition  what must be in the page before a person can act on it
 * @property {string} action  an element they can act on (or read, for a static page)
 * @property {string} text    an element that must have text by then
 */

/**
 * Runs in the page before any of its own scripts (an init script). A MutationObserver checks the
 * condition on every DOM change; once it first holds, the time is taken in the next animation
 * frame, i.e. when the browser renders what was just added. Taking it at the frame rather than at
 * the mutation treats a scripted page and a static one alike: a static page's paragraph is parsed
 * before its stylesheet has loaded and cannot be shown until it has, while a page script runs
 * only after the stylesheet; both are counted to the frame that can show their content.
 * @param {ReadyCondition} condition
 */
function recordReadyTime({ action, text }) {
  const holds = () => document.querySelector(action) !== null && (document.querySelector(text)?.textContent ?? '').trim() !== '';
  const observer = new MutationObserver(check);
  function check() {
    if (!holds()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      document.documentElement.dataset.kindlyBenchReady = String(performance.now());
    });
  }
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  check();
}

/**
 * Time in ms from navigation start until `condition` holds and is rendered (see recordReadyTime).
 * @param {BrowserContext} context @param {string} url @param {ReadyCondition} condition
 */
export function readyTime(context, url, condition) {
  return inFreshPage(context, async (page) => {
    await page.addInitScript(recordReadyTime, condition);
    await page.goto(url);
    const ready = await page.waitForFunction(() => Number(document.documentElement.dataset.kindlyBenchReady), undefined, { timeout: TIMEOUT });
    return /** @type {number} */ (await ready.jsonValue());
  });
}

/**
 * @typedef {PerformanceEntry & {
 *   value: number,
 *   hadRecentInput: boolean,
 *   sources: Array<{ node: Node | null, previousRect: DOMRectReadOnly, currentRect: DOMRectReadOnly }>,
 * }} LayoutShiftEntry  (not in TypeScript's DOM types yet)
 */

/**
 * The total of the page's layout shifts (without recent input) from its start until `windowMs`
 * after load: the buffered entries plus any that arrive in that window. `moved` names what moved
 * (tag.class and how its box changed), so a row over budget says where to look.
 * @param {BrowserContext} context @param {string} url @param {number} windowMs
 * @returns {Promise<{ total: number, moved: string[] }>}
 */
export function layoutShift(context, url, windowMs) {
  return inFreshPage(context, async (page) => {
    await page.goto(url);
    // "No shift" only means something once the page has shown its content.
    await waitForFirstContentfulPaint(page);
    return page.evaluate(
      (ms) =>
        new Promise((resolve) => {
          let total = 0;
          /** @type {string[]} */
          const moved = [];
          const box = (/** @type {DOMRectReadOnly} */ r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
          /** @param {PerformanceEntryList} entries */
          const add = (entries) => {
            for (const entry of /** @type {LayoutShiftEntry[]} */ (entries)) {
              if (entry.hadRecentInput) continue;
              total += entry.value;
              for (const { node, previousRect, currentRect } of entry.sources) {
                const name = node instanceof Element ? [node.localName, ...node.classList].join('.') : (node?.nodeName ?? '?');
                moved.push(`${name} ${box(previousRect)} -> ${box(currentRect)} at ${Math.round(entry.startTime)} ms`);
              }
            }
          };
          const observer = new PerformanceObserver((list) => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          // A measuring window, not a wait for something: shifts are counted for as long as it lasts.
          setTimeout(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve({ total, moved });
          }, ms);
        }),
      windowMs,
    );
  });
}
