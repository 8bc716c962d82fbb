// `npm run bench`: measures what DESIGN.md budgets. Sizes are exact; timing rows (first paint
// against a blank extension page in the same run) join as the pages that need them are built.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../build.mjs';
import { gzipBudgets } from '../scripts/budgets.mjs';
import { reminderCycleWrites } from './reminder-writes.mjs';

const out = mkdtempSync(join(tmpdir(), 'kindly-bench-'));
try {
  await build({ mode: 'production', outDir: out, zips: false });
  const dir = join(out, 'chrome');
  const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
  const rows = readdirSync(dir)
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      const gzip = gzipSync(content, { level: 9 }).length;
      const budget = /** @type {Record<string, number>} */ (gzipBudgets)[file];
      return {
        bundle: file,
        'raw KB': kb(content.length),
        'gzip KB': kb(gzip),
        'budget KB': budget ? kb(budget) : '-',
        'of budget': budget ? `${Math.round((gzip / budget) * 100)}%` : '-',
      };
    });
  console.log('Sizes (release build, gzip level 9)');
  console.table(rows);
  console.log('\nStorage writes per reminder cycle (the real worker on an in-memory browser)');
  console.table(await reminderCycleWrites(out));
  const over = rows.filter((row) => row['of budget'] !== '-' && Number.parseInt(row['of budget'], 10) > 100);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((row) => row.bundle).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
