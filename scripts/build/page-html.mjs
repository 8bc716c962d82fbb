// Every page has the same small HTML shell; only its name differs. Its title is set from
// _locales by the page script (HTML can't read messages), and its body is rendered into #app.

/** @param {string} page */
export function pageHtml(page) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kindly</title>
    <link rel="stylesheet" href="${page}.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="${page}.js"></script>
  </body>
</html>
`;
}
