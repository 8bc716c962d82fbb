// The timing rows of `npm run bench`. Timings on a shared machine vary from run to run, so each
// page is compared with the one-line extension page (one-line-page.mjs) in the same browser, loads
// interleaved, as a ratio of medians; docs/design.md's budgets are such ratios. The bench reports:
// a row over budget is shown, never turned into a failing exit code or a timed test.
import { join } from 'node:path';
import { findChromium, installChromiumHint } from '../scripts/find-browser.mjs';
import { benchCopyWithOneLinePage, oneLinePage } from './one-line-page.mjs';
import { loadLaunchHelper, watchInsteadOfGuard } from './chromium-session.mjs';
import { firstContentfulPaint, layoutShift, readyTime } from './measure-page.mjs';
import { reflectionsReadyTimes } from './reflections-ready.mjs';
import { reimportLongestTasks } from './reimport-blocking.mjs';

const WARM_UPS = 3;
const RUNS = 15;
/**
 * The new tab's paint gets more loads: one load's first paint moves ±15 ms around a median near
 * 90 ms, so a median of 15 moves the ratio by up to ±8% from run to run, about the budget's whole
 * margin; with 61 it moves about half as much.
 */
const PAINT_RUNS = 61;
/** How long after load the new tab is watched for layout shifts, and on how many loads. */
const SHIFT_WINDOW_MS = 1_000;
const SHIFT_LOADS = 3;

/**
 * The popup is ready when it offers an exercise to start (the list renders at once from the
 * bundle; the runner comes only when one starts). The one-line page is ready once its paragraph
 * is there.
 */
const popupReady = { action: 'main .exercise', text: 'main .exercise__title' };
const blankReady = { action: 'body p', text: 'body p' };

/** @param {number[]} values */
function median(values) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * Loads `page` and `blank` alternately (which goes first alternates too, so neither always gets
 * the warmer browser), drops the warm-ups and returns the median of each.
 * @param {(url: string) => Promise<number>} measure @param {string} page @param {string} blank
 * @param {number} [runs]
 */
async function compare(measure, page, blank, runs = RUNS) {
  /** @type {{ page: number[], blank: number[] }} */
  const times = { page: [], blank: [] };
  for (let run = 0; run < WARM_UPS + runs; run += 1) {
    /** @type {Array<'page' | 'blank'>} */
    const order = run % 2 === 0 ? ['page', 'blank'] : ['blank', 'page'];
    for (const which of order) {
      const time = await measure(which === 'page' ? page : blank);
      if (run >= WARM_UPS) times[which].push(time);
    }
  }
  return { page: median(times.page), blank: median(times.blank) };
}

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;

/**
 * @param {string} measure @param {{ page: number, blank: number }} medians @param {number} budget
 */
function ratioRow(measure, { page, blank }, budget) {
  const ratio = page / blank;
  return { measure, page: ms(page), baseline: ms(blank), ratio: `${ratio.toFixed(2)}x`, budget: `${budget}x`, result: ratio <= budget ? 'pass' : 'over' };
}

/** @param {string} measure @param {unknown} error */
function notMeasured(measure, error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { measure, page: '-', baseline: '-', ratio: '-', budget: '-', result: `not measured: ${reason}` };
}

/**
 * Measures the release build's pages in headless Chromium. Returns the rows and notes on what
 * went wrong or moved, or undefined (after saying why) when there is no Chromium to run.
 * @param {{ chromeDir: string, scratch: string }} options
 *   chromeDir: the release build's chrome/ folder; scratch: a temp folder for the bench copy
 */
export async function pageTimings({ chromeDir, scratch }) {
  if (!findChromium()) {
    console.log(`No Chromium found: timing rows skipped. ${installChromiumHint}`);
    return undefined;
  }
  const benchDir = join(scratch, 'bench-chrome');
  benchCopyWithOneLinePage(chromeDir, benchDir);
  const launchChromium = await loadLaunchHelper(scratch);
  const chromium = await launchChromium();
  const session = await chromium.install({ dir: benchDir });
  await watchInsteadOfGuard(session);
  const { context } = session;
  const url = (/** @type {string} */ file) => `chrome-extension://${session.extensionId}/${file}`;
  const rows = [];
  /** @type {string[]} */
  const notes = [];
  try {
    try {
      const medians = await compare((page) => firstContentfulPaint(context, page), url('newtab.html'), url(oneLinePage), PAINT_RUNS);
      rows.push(ratioRow('new tab first contentful paint, against the one-line page', medians, 1.15));
    } catch (error) {
      rows.push(notMeasured('new tab first contentful paint', error));
    }
    try {
      const medians = await compare(
        (page) => readyTime(context, page, page.endsWith('/popup.html') ? popupReady : blankReady),
        url('popup.html'),
        url(oneLinePage),
      );
      rows.push(ratioRow('popup ready, against the one-line page', medians, 1.2));
    } catch (error) {
      rows.push(notMeasured('popup interactive', error));
    }
    try {
      const shifts = [];
      for (let load = 0; load < SHIFT_LOADS; load += 1) shifts.push(await layoutShift(context, url('newtab.html'), SHIFT_WINDOW_MS));
      const worst = shifts.reduce((a, b) => (b.total > a.total ? b : a));
      // Shift scores are small fractions of the viewport: 4 decimals would print a real one as 0.
      rows.push({ measure: 'new tab layout shift (worst load)', page: worst.total.toPrecision(3), baseline: '-', ratio: '-', budget: '0', result: worst.total === 0 ? 'pass' : 'over' });
      for (const what of new Set(worst.moved)) notes.push(`new tab layout shift: ${what}`);
    } catch (error) {
      rows.push(notMeasured('new tab layout shift', error));
    }
    try {
      const times = await reflectionsReadyTimes(context, url, { warmUps: WARM_UPS, runs: RUNS });
      rows.push(ratioRow('reflections ready with 10,000 entries, against 100', { page: median(times.large), blank: median(times.small) }, 3));
    } catch (error) {
      rows.push(notMeasured('reflections ready with 10,000 entries', error));
    }
    try {
      const longest = await reimportLongestTasks(context, url('options.html'));
      /** @type {Array<[string, number]>} */
      const steps = [
        ['preview', longest.preview],
        ['import', longest.importing],
      ];
      for (const [step, value] of steps) {
        rows.push({ measure: `re-importing 10,000 entries: longest task (${step})`, page: ms(value), baseline: '-', ratio: '-', budget: '100 ms', result: value <= 100 ? 'pass' : 'over' });
      }
    } catch (error) {
      rows.push(notMeasured('re-importing 10,000 entries', error));
    }
  } finally {
    await session.close();
    await chromium.close();
  }
  // A page that tried is worth knowing about even in a bench run.
  if (session.outsideRequests.length > 0) notes.push(`requests outside the extension (they found no host): ${session.outsideRequests.join(', ')}`);
  for (const error of new Set(session.errors)) notes.push(`error from the extension: ${error}`);
  return { rows, notes };
}

export const timingRuns = { warmUps: WARM_UPS, runs: RUNS, paintRuns: PAINT_RUNS, shiftWindowMs: SHIFT_WINDOW_MS, shiftLoads: SHIFT_LOADS };
