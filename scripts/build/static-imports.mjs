// What a built ES module brings with it before it runs: the chunks it imports statically, and
// theirs, read from the built files themselves (import() of a chunk is left out: that is fetched
// later). The size budgets count them, and each page's HTML preloads them so the browser fetches
// them side by side rather than one level of the module graph at a time.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`, not `import("./x.js")`. */
const staticImport = /(?:\bimport|\bexport)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * @param {string} dir the built extension folder
 * @param {string} file e.g. 'popup.js'
 * @returns {string[]} the statically imported files, relative to `dir`, each once
 */
export function staticImportsOf(dir, file) {
  /** @type {Set<string>} */
  const found = new Set();
  const visit = (/** @type {string} */ from) => {
    const code = readFileSync(join(dir, from), 'utf8');
    for (const [, specifier] of code.matchAll(staticImport)) {
      const path = posix.normalize(posix.join(posix.dirname(from), /** @type {string} */ (specifier)));
      if (found.has(path)) continue;
      found.add(path);
      visit(path);
    }
  };
  visit(file);
  return [...found].sort();
}
