// Every page has the same small HTML shell; only its name differs. Its title is set from
// _locales by the page script (HTML can't read messages), and its body is rendered into #app.
//
// appearance.js runs first, in <head>, before anything can paint: it applies the theme and text
// size the pages last saw (a localStorage snapshot) so a chosen dark theme never flashes light.
// MV3 forbids inline scripts, hence a tiny file of its own.
//
// The page's own script is an ES module (pages share chunks, see build.mjs), but for the new
// tab's, which paints from one classic script; the chunks a module imports are preloaded, so they
// are fetched together rather than one level at a time.

/**
 * @param {string} page @param {readonly string[]} [chunks] the chunks the page's script imports
 * @param {'module' | 'classic'} [script]
 */
export function pageHtml(page, chunks = [], script = 'module') {
  const preloads = chunks.map((chunk) => `\n    <link rel="modulepreload" href="${chunk}" />`).join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kindly</title>
    <script src="appearance.js"></script>
    <link rel="stylesheet" href="${page}.css" />${preloads}
  </head>
  <body>
    <div id="app"></div>
    <script${script === 'module' ? ' type="module"' : ''} src="${page}.js"></script>
  </body>
</html>
`;
}
