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
 * The files a budget covers: for a page, every script its built HTML loads (appearance.js first,
 * for most) and the chunks those import; for the worker, its bundle. Chunks a page fetches on
 * demand with import() (the exercise runner, the new tab's pause) are not in it.
 * @param {string} dir the built extension folder
 * @param {string} bundle e.g. 'newtab.js'
 */
export function budgetedFiles(dir, bundle) {
  if (bundle === 'background.js') return [bundle];
  const html = readFileSync(join(dir, bundle.replace(/\.js$/, '.html')), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => /** @type {string} */ (match[1]));
  return [...new Set(scripts.flatMap((script) => [script, ...staticImportsOf(dir, script)]))];
}

/**
 * Each file gzipped on its own and summed: what a browser would fetch compressed, file by file.
 * @param {string} dir @param {readonly string[]} files
 */
export function gzipBytes(dir, files) {
  return files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}
