// `npm run bench`: measures what docs/design.md budgets. Sizes and storage writes are exact; timings
// (page-timings.mjs) are ratios against the one-line extension page loaded in the same browser run.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../build.mjs';
import { budgetedFiles, gzipBudgets, gzipBytes } from '../scripts/budgets.mjs';
import { pageTimings, timingRuns } from './page-timings.mjs';
import { reminderCycleWrites } from './reminder-writes.mjs';

const out = mkdtempSync(join(tmpdir(), 'kindly-bench-'));
try {
  await build({ mode: 'production', outDir: out, zips: false });
  const dir = join(out, 'chrome');
  const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
  const rows = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, 'raw KB': kb(content.length), 'gzip KB': kb(gzipSync(content, { level: 9 }).length) };
    });
  console.log('Sizes (release build, gzip level 9)');
  console.table(rows);
  // A budget covers what its page loads before any click: the bundle, the chunks it imports and
  // appearance.js (scripts/budgets.mjs); the runner and the new tab's pause, fetched on demand,
  // are outside it.
  const budgets = Object.entries(gzipBudgets).map(([bundle, budget]) => {
    const files = budgetedFiles(dir, bundle);
    const gzip = gzipBytes(dir, files);
    return { budget: bundle, covers: `${files.length} files`, 'gzip KB': kb(gzip), 'budget KB': kb(budget), 'of budget': `${Math.round((gzip / budget) * 100)}%` };
  });
  console.log('\nBudgets');
  console.table(budgets);
  console.log('\nStorage writes per reminder cycle (the real worker on an in-memory browser)');
  console.table(await reminderCycleWrites(out));
  // The load average says how busy the machine was: ratios drift up when scripts compete for CPU.
  console.log(
    `\nTimings (release build in headless Chromium; medians of ${timingRuns.runs} loads each (the new tab's paint ${timingRuns.paintRuns}), interleaved ` +
      `with the one-line extension page after ${timingRuns.warmUps} warm-ups; load average ${loadavg()[0]?.toFixed(1)}; ` +
      'reported, never failing the run)',
  );
  try {
    const timings = await pageTimings({ chromeDir: dir, scratch: out });
    if (timings) {
      console.table(timings.rows);
      for (const note of timings.notes) console.log(`  ${note}`);
    }
  } catch (error) {
    console.log(`Timing rows skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
  const over = budgets.filter((row) => Number.parseInt(row['of budget'], 10) > 100);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((row) => row.budget).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
