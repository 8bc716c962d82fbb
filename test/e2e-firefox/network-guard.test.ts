import { expect, test } from 'vitest';
import { outputCaughtUp, useFirefox } from './harness/fixtures';

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
