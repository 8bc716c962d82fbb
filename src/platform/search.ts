import { extensionApi as browser } from './browser-api';
import { noteCall } from './test-hooks';

/** Where the results open: in place of the page, or in a tab of their own. */
export type SearchResults = 'this-tab' | 'new-tab';

/**
 * Hands the words to the browser's own search (the `search` permission): its default engine,
 * its request. Kindly never sees the results, and sends nothing itself.
 */
export function searchWithBrowser(text: string, results: SearchResults): Promise<void> {
  const query = { text, disposition: results === 'new-tab' ? 'NEW_TAB' : 'CURRENT_TAB' } as const;
  noteCall('search.query', query);
  return browser.search.query(query);
}
