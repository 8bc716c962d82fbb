import { extensionApi as browser } from './browser-api';

/** Where the browser's own controls differ enough to describe them apart (pinning to the toolbar). */
export type BrowserFamily = 'firefox' | 'chromium';

/** Firefox's pages are moz-extension:// pages; Chrome's, Edge's and the others' chrome-extension://. */
export function browserFamily(): BrowserFamily {
  return browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
}
