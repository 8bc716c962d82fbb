// Size budgets from docs/design.md, in gzip bytes. The size test and `npm run bench` both read them
// from here, and both count a budget the same way (budgetedFiles).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImportsOf } from './build/static-imports.mjs';

export const gzipBudgets = {
  'newtab.js': 12 * 1024,
  'popup.js': 15 * 1024,
  'options.js': 20 * 1024,
  'background.js': 15 * 1024,
};

/**
 * The files a budget covers: the bundle and the chunks it imports, plus, for a page,
 * appearance.js, which every page runs first. Chunks a page fetches on demand with import()
 * (the exercise runner, the new tab's pause) are not in it.
 * @param {string} dir the built extension folder
 * @param {string} bundle e.g. 'newtab.js'
 */
export function budgetedFiles(dir, bundle) {
  return bundle === 'background.js' ? [bundle] : ['appearance.js', bundle, ...staticImportsOf(dir, bundle)];
}

/**
 * Each file gzipped on its own and summed: what a browser would fetch compressed, file by file.
 * @param {string} dir @param {readonly string[]} files
 */
export function gzipBytes(dir, files) {
  return files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}
