// Size budgets from DESIGN.md, in gzip bytes of each bundle. The size test and `npm run bench`
// both read them from here.
export const gzipBudgets = {
  'newtab.js': 12 * 1024,
  'popup.js': 25 * 1024,
  'background.js': 15 * 1024,
};
