// Every page has the same small HTML shell; only its name differs. Its title is set from
// _locales by the page script (HTML can't read messages), and its body is rendered into #app.
//
// appearance.js runs first, in <head>, before anything can paint: it applies the theme and text
// size the pages last saw (a localStorage snapshot) so a chosen dark theme never flashes light.
// MV3 forbids inline scripts, hence a tiny file of its own.
//
// The page's own script is an ES module (pages share chunks, see build.mjs); the chunks a module
// imports are preloaded, so they are fetched together rather than one level at a time.
//
// The new tab is the exception, since it must paint as fast as a page with no stylesheet and no
// script: each file a page waits for costs it a fetch before its first frame. Its styles are
// inlined (the extension's CSP limits scripts, not styles), and its one classic script applies
// the theme itself (src/newtab/index.ts) and builds the page before the first frame. In Chromium
// that script is deferred and render-blocking: the parser finishes the document while the script
// is fetched, and nothing is drawn until it has run, so the first frame still has the theme and
// the words (a few per cent sooner than a script that stops the parser, in most runs). Firefox doesn't know
// blocking="render" and would draw before a deferred script, so there it stops the parser in
// <head> as before.

/**
 * The shell every page shares around what it loads.
 * @param {string} head what follows the title in <head> @param {string} body what follows #app in <body>
 */
function shell(head, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kindly</title>${head}
  </head>
  <body>
    <div id="app"></div>${body}
  </body>
</html>
`;
}

/**
 * A module page's shell.
 * @param {string} page @param {readonly string[]} [chunks] the chunks the page's script imports
 */
export function pageHtml(page, chunks = []) {
  const preloads = chunks.map((chunk) => `\n    <link rel="modulepreload" href="${chunk}" />`).join('');
  return shell(`\n    <script src="appearance.js"></script>\n    <link rel="stylesheet" href="${page}.css" />${preloads}`, `\n    <script type="module" src="${page}.js"></script>`);
}

/**
 * The shell of a page that waits for one file only, its classic script, with its styles inline.
 * @param {string} page @param {string} css the page's built stylesheet @param {'chrome' | 'firefox'} target
 */
export function onePageFileHtml(page, css, target) {
  // The build's link to a source map means nothing inside the page.
  const styles = css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '').trim();
  if (/<\/style/i.test(styles)) throw new Error(`${page}.css would end its own <style> element`);
  const loading = target === 'chrome' ? ' defer blocking="render"' : '';
  return shell(`\n    <style>\n${styles}\n    </style>\n    <script src="${page}.js"${loading}></script>`, '');
}
