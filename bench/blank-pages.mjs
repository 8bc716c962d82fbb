// The baseline for the timing rows: a "blank" extension page per measured page, written into a
// copy of the release build that only the bench loads (the shipped build never contains them).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Something to paint: a short sentence, about as long as a new tab affirmation. */
const paragraph = '<p>Be as kind to yourself as you would be to a friend.</p>';

/**
 * The page's own built HTML shell with every script taken out and a static paragraph as its body.
 * It starts from the built file rather than from page-html.mjs so that whatever the build puts in
 * the head (stylesheet, meta tags) costs the blank page exactly what it costs the real page, even
 * if the shell changes; only scripts (inline or not, classic or module) and module preloads go.
 * @param {string} html  the built HTML of the page being measured
 */
export function blankFrom(html) {
  const withoutScripts = html
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/\s*<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi, '');
  const body = /<body([^>]*)>[\s\S]*<\/body>/i;
  if (!body.test(withoutScripts)) throw new Error('bench: the page shell has no <body> to put the blank paragraph in');
  return withoutScripts.replace(body, (_match, /** @type {string} */ attributes) => `<body${attributes}>\n    ${paragraph}\n  </body>`);
}

/** The one-line page the popup is compared with: one `<p>`, no stylesheet, no script. */
export const oneLinePage = 'bench-one-line.html';
const oneLine = `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Kindly</title>\n  </head>\n  <body>\n    ${paragraph}\n  </body>\n</html>\n`;

/**
 * Copies the Chrome build to `benchDir` and adds `bench-blank-PAGE.html` for each page, and the
 * one-line page.
 * @param {string} chromeDir  the release build's chrome/ folder (left untouched)
 * @param {string} benchDir   where the bench copy goes
 * @param {readonly string[]} pages  e.g. ['newtab', 'popup']
 * @returns {Record<string, string>} page name -> its blank page's file name
 */
export function benchCopyWithBlankPages(chromeDir, benchDir, pages) {
  cpSync(chromeDir, benchDir, { recursive: true });
  writeFileSync(join(benchDir, oneLinePage), oneLine);
  /** @type {Record<string, string>} */
  const blanks = {};
  for (const page of pages) {
    const file = `bench-blank-${page}.html`;
    writeFileSync(join(benchDir, file), blankFrom(readFileSync(join(chromeDir, `${page}.html`), 'utf8')));
    blanks[page] = file;
  }
  return blanks;
}
