// The baseline for the timing rows: a one-line extension page (one `<p>`, no stylesheet, no
// script), written into a copy of the release build that only the bench loads (the shipped build
// never contains it). It is what a page costs with nothing to wait for: each page is measured
// against it, so what a page's own files and work cost shows in its ratio.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Something to paint: a short sentence, about as long as a new tab affirmation. */
const paragraph = '<p>Be as kind to yourself as you would be to a friend.</p>';

export const oneLinePage = 'bench-one-line.html';
const oneLine = `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Kindly</title>\n  </head>\n  <body>\n    ${paragraph}\n  </body>\n</html>\n`;

/**
 * Copies the Chrome build to `benchDir` and adds the one-line page.
 * @param {string} chromeDir  the release build's chrome/ folder (left untouched)
 * @param {string} benchDir   where the bench copy goes
 */
export function benchCopyWithOneLinePage(chromeDir, benchDir) {
  cpSync(chromeDir, benchDir, { recursive: true });
  writeFileSync(join(benchDir, oneLinePage), oneLine);
}
