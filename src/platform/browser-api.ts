import type Browser from 'webextension-polyfill';

/*
 * The browser's own extension API, for what pages use: storage, i18n, runtime, tabs and windows.
 * Under Manifest V3 both browsers return promises for these calls (Firefox as `browser`, Chrome
 * as `chrome`), so webextension-polyfill's ~3 KB of gzip would buy pages nothing, and the new
 * tab has 12 KB for everything. The polyfill stays where it still matters: listeners that answer
 * with a promise (see worker-message-listener.ts) and the worker-only APIs.
 */
const scope = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const extensionApi: Browser.Browser = (scope.browser ?? scope.chrome) as Browser.Browser;
