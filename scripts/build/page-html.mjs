// Every page has the same small HTML shell; only its name differs. Its title is set from
// _locales by the page script (HTML can't read messages), and its body is rendered into #app.
//
// appearance.js runs first, in <head>, before anything can paint: it applies the theme and text
// size the pages last saw (a localStorage snapshot) so a chosen dark theme never flashes light.
// MV3 forbids inline scripts, hence a tiny file of its own.

/** @param {string} page */
export function pageHtml(page) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kindly</title>
    <script src="appearance.js"></script>
    <link rel="stylesheet" href="${page}.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="${page}.js"></script>
  </body>
</html>
`;
}
