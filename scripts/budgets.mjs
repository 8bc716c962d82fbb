// Size budgets from docs/design.md, in gzip bytes. The size test and `npm run bench` both read them
// from here, and both count a budget the same way (budgetedFiles).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBudgets = {
  'newtab.js': 12 * 1024,
  'popup.js': 25 * 1024,
  'background.js': 15 * 1024,
};

/**
 * The files a budget covers: the bundle, plus, for a page, appearance.js, which every page runs
 * first. Bundles a page fetches on demand (the new tab's pause) are not in it.
 * @param {string} bundle e.g. 'newtab.js'
 */
export function budgetedFiles(bundle) {
  return bundle === 'background.js' ? [bundle] : ['appearance.js', bundle];
}

/**
 * Each file gzipped on its own and summed: what a browser would fetch compressed, file by file.
 * @param {string} dir @param {readonly string[]} files
 */
export function gzipBytes(dir, files) {
  return files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}
