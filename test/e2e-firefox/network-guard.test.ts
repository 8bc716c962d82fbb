import { expect, test } from 'vitest';
import type { Bidi } from './harness/bidi';
import { outputCaughtUp, useFirefox } from './harness/fixtures';
import { watchTabRequests } from './harness/network-guard';
import { extensionOrigin } from './harness/profile';

/*
 * After every other Firefox test, the harness asserts that no request left the add-on and that
 * nothing reported an error. These show that those assertions would see something.
 */
const firefox = useFirefox({ checkTraces: false });

test('the no-network guard sees requests from pages and from the background page', async () => {
  const session = firefox();
  const tab = await session.openPage('popup.html');
  await tab.evaluate(() => fetch('https://example.com/x').catch(() => undefined));
  await session.background((background) => background.fetch('https://example.com/from-background').catch(() => undefined));
  // The page's request shows in its tab's BiDi events and in the browser; the background page's
  // request only in the browser (BiDi can't attribute it).
  await expect.poll(() => session.outsideRequests()).toEqual({
    fromTabs: ['https://example.com/x'],
    fromAddon: ['https://example.com/x', 'https://example.com/from-background'],
  });
  await tab.close();
});

test('the error check sees uncaught errors and console errors from pages and the background page', async () => {
  const session = firefox();
  const before = session.errors().length;
  const tab = await session.openPage('options.html');
  await tab.evaluate(() => {
    setTimeout(() => {
      throw new Error('uncaught in a page');
    });
    console.error('console error in a page');
  });
  await session.background((background) => {
    void background.Promise.reject(new background.Error('rejected in the background'));
    background.console.error('console error in the background');
  });
  // Uncaught errors come on stderr, console errors on stdout: their order between the two varies.
  const expected = [
    expect.stringMatching(/^JavaScript error: moz-extension:\/\/.*Error: uncaught in a page$/),
    'console.error: "console error in a page"',
    expect.stringMatching(/^JavaScript error: moz-extension:\/\/.*Error: rejected in the background$/),
    'console.error: "console error in the background"',
  ];
  await expect.poll(() => session.errors().slice(before)).toEqual(expect.arrayContaining(expected));
  await outputCaughtUp(session);
  expect(session.errors().slice(before)).toHaveLength(expected.length);
  await tab.close();
});

test('a tab’s first request counts though Firefox reports it just before the tab itself', async () => {
  // The order Firefox used for the tab a search opened (about one search in six): the request
  // first, then the new tab. A request of the browser's chrome scope still doesn't count.
  const listeners = new Map<string, (params: unknown) => void>();
  const bidi: Bidi = {
    send: () => Promise.resolve(undefined as never),
    on: (method, listener) => void listeners.set(method, listener),
    close: () => undefined,
  };
  const seen = await watchTabRequests(bidi, 'first-tab', extensionOrigin);
  const emit = (method: string, params: unknown) => listeners.get(method)?.(params);
  emit('network.beforeRequestSent', { context: 'opened-tab', navigation: 'loading-results', request: { url: 'https://example.com/results' } });
  emit('network.beforeRequestSent', { context: 'chrome-frame', navigation: null, request: { url: 'https://example.com/chrome' } });
  expect(seen).toEqual([]);
  emit('browsingContext.contextCreated', { context: 'opened-tab', 'moz:scope': 'content' });
  emit('browsingContext.contextCreated', { context: 'chrome-frame', 'moz:scope': 'chrome' });
  emit('network.beforeRequestSent', { context: 'opened-tab', navigation: null, request: { url: 'https://example.com/next' } });
  expect(seen).toEqual([
    { url: 'https://example.com/results', context: 'opened-tab', navigation: true },
    { url: 'https://example.com/next', context: 'opened-tab', navigation: false },
  ]);
});

test('the guard sees the first request of every tab the add-on has Firefox open with an address', async () => {
  const session = firefox();
  const before = await session.outsideRequests();
  const urls = ['https://example.com/one', 'https://example.com/two', 'https://example.com/three'];
  // At once, so Firefox opens the tabs and starts their requests side by side.
  const ids = await session.evaluate((browser, addresses) => Promise.all(addresses.map(async (url) => (await browser.tabs.create({ url, active: false })).id)), urls);
  const added = async () => {
    const { fromTabs, fromAddon } = await session.outsideRequests();
    return { fromTabs: fromTabs.slice(before.fromTabs.length).sort(), fromAddon: fromAddon.slice(before.fromAddon.length).sort() };
  };
  await expect.poll(added).toEqual({ fromTabs: [...urls].sort(), fromAddon: [...urls].sort() });
  await session.evaluate((browser, tabIds) => browser.tabs.remove(tabIds.flatMap((id) => (id === undefined ? [] : [id]))), ids);
});
