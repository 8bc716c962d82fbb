import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useFirefox } from './harness/fixtures';
import type { ExtensionTab, FirefoxSession } from './harness/launch';
import { takeSearchNavigation } from './harness/search-navigation';

/*
 * The new tab's search and shortcuts (issue 16) in Firefox, as the Chromium test
 * (test/e2e/newtab-tools.test.ts) proves them there, driven by real mouse and keyboard input.
 * Firefox grants an optional permission without its prompt in this file's profile, so the
 * person's yes is the click itself: the whole round trip of the `topSites` permission runs here.
 */
const firefox = useFirefox({ preferences: { 'extensions.webextOptionalPermissionPrompts': false } });

interface NoteCall {
  api: string;
  args: unknown;
}

/** The calls into the browser that a page's test hooks noted (src/platform/test-hooks.ts). */
const callsIn = (tab: ExtensionTab) => tab.evaluate(() => (globalThis as unknown as { kindlyTest?: { calls: NoteCall[] } }).kindlyTest?.calls ?? []);

const searchField = (document: Document) => document.querySelector('#newtab-search');
const fieldValue = (tab: ExtensionTab) => tab.evaluate(() => document.querySelector<HTMLInputElement>('#newtab-search')?.value);
const pageUrl = (tab: ExtensionTab) => tab.evaluate(() => location.href);

/** The browser's new tab (Kindly's), once it shows its sentence. */
async function openNewTab(session: FirefoxSession): Promise<ExtensionTab> {
  const tab = await session.openNewTab();
  await expect.poll(() => tab.evaluate(() => document.querySelector('.newtab__affirmation')?.textContent), { timeout: 5_000 }).toMatch(/\w{3,}/);
  return tab;
}

const shortcutsToggle = 'Show shortcuts to the sites you visit most';
const askButton = 'Show your most-visited sites in this browser too';
/** The Options checkbox labelled `text`. */
const checkboxLabelled = (document: Document, text: string) =>
  [...document.querySelectorAll('label')].find((label) => label.textContent === text)?.control as HTMLInputElement | null | undefined;
const buttonNamed = (document: Document, text: string) => [...document.querySelectorAll('button')].find((button) => button.textContent === text);
/** Whether the Options toggle for shortcuts is checked; undefined until Options shows it. */
const toggleChecked = (options: ExtensionTab) =>
  options.evaluate((_browser, text) => [...document.querySelectorAll('label')].find((label) => label.textContent === text)?.control?.matches(':checked'), shortcutsToggle);
/** Whether the new tab shows the button that asks this browser for the permission. */
const showsAskButton = (tab: ExtensionTab) =>
  tab.evaluate((_browser, text) => [...document.querySelectorAll('button')].some((button) => button.textContent === text), askButton);
const hasTopSites = (session: FirefoxSession) => session.evaluate((browser) => browser.permissions.contains({ permissions: ['topSites'] }));
const storedShortcuts = async (session: FirefoxSession) => (await session.evaluate((browser) => browser.storage.sync.get('newTab.showShortcuts')))['newTab.showShortcuts'];
/** The new tab's shortcut tiles, as links. */
const tilesIn = (tab: ExtensionTab) =>
  tab.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.newtab__tile')].map((tile) => ({ href: tile.href, label: tile.querySelector('.newtab__tile-label')?.textContent })));

/** Shortcuts as a fresh install has them: not stored (off), and the permission not given. */
async function startWithShortcutsOff(session: FirefoxSession): Promise<void> {
  await session.evaluate(async (browser) => {
    await browser.storage.sync.remove('newTab.showShortcuts');
    await browser.permissions.remove({ permissions: ['topSites'] });
  });
}

/** A site of the test's own on this machine, which Firefox's history makes a most-visited one. */
const site = { title: 'Quiet garden', visits: 3 };
let server: Server;
let siteUrl: string;
/** What the fresh install had, read before any test changes anything. */
let installed: { topSites: boolean; stored: unknown };

beforeAll(async () => {
  const session = firefox();
  installed = { topSites: await hasTopSites(session), stored: await storedShortcuts(session) };

  // An icon of its own (data:), so Firefox asks the server for nothing but the page.
  server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>${site.title}</title><link rel="icon" href="data:,"><p>A page to visit.`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  siteUrl = `http://127.0.0.1:${port}/`;
  const visiting = await session.openTab(siteUrl);
  for (let visit = 1; visit < site.visits; visit++) await visiting.navigate(siteUrl);
  // The test's own visits, on purpose: taken off the record of requests leaving the extension,
  // all of them and only them (the tab the test opened, the test's own server).
  const taken = await session.takeOutsideRequests(({ url, context }) => context === visiting.context && url.startsWith(siteUrl));
  expect(taken).toEqual({ fromTabs: Array.from({ length: site.visits }, () => ({ url: siteUrl, context: visiting.context, navigation: true })), fromAddon: [] });
  await visiting.close();
});

afterAll(async () => {
  // Firefox may keep its connection open: the server need not wait for it.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('the search field hands the words to Firefox’s search: Alt+Enter in a new tab, Enter in this one', async () => {
  const session = firefox();
  const tab = await openNewTab(session);
  const opened: string[] = [];
  try {
    const newTabUrl = await pageUrl(tab);
    // Nothing on the page takes focus on load (Firefox puts it in the address bar): click first.
    expect(await tab.evaluate(() => document.activeElement === document.body)).toBe(true);
    await tab.click(searchField);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('newtab-search');
    await tab.type('kind words for hard days');
    await tab.press('Enter', ['Alt']);

    await expect.poll(() => callsIn(tab)).toEqual([{ api: 'search.query', args: { text: 'kind words for hard days', disposition: 'NEW_TAB' } }]);
    // Firefox opened a tab of its own for the engine's results and navigated it there.
    const inNewTab = await takeSearchNavigation(session, 'kind words for hard days');
    opened.push(inNewTab.context);
    expect(inNewTab).toMatchObject({ url: expect.stringMatching(/^https:\/\//) as unknown, navigation: true });
    expect(inNewTab.context).not.toBe(tab.context);
    // This tab stays as it was, the field emptied for the next search.
    expect(await pageUrl(tab)).toBe(newTabUrl);
    expect(await fieldValue(tab)).toBe('');

    // Back to the new tab (Firefox brought the results tab to the front), the next search here.
    await tab.bringToFront();
    await tab.click(searchField);
    await tab.type('a quiet walk');
    await tab.press('Enter');
    await expect.poll(() => callsIn(tab)).toEqual([
      { api: 'search.query', args: { text: 'kind words for hard days', disposition: 'NEW_TAB' } },
      { api: 'search.query', args: { text: 'a quiet walk', disposition: 'CURRENT_TAB' } },
    ]);
    const inThisTab = await takeSearchNavigation(session, 'a quiet walk');
    expect(inThisTab).toMatchObject({ context: tab.context, navigation: true });
    // The same engine's results, whichever the tab.
    expect(new URL(inThisTab.url).origin + new URL(inThisTab.url).pathname).toBe(new URL(inNewTab.url).origin + new URL(inNewTab.url).pathname);
  } finally {
    for (const context of opened) await session.tab(context).close();
    await tab.close();
  }
});

test('a middle click on Search opens the results in a new tab too', async () => {
  const session = firefox();
  const tab = await openNewTab(session);
  const opened: string[] = [];
  try {
    await tab.click(searchField);
    await tab.type('slow mornings');
    await tab.click((document) => document.querySelector('.newtab__search button'), { button: 'middle' });
    await expect.poll(() => callsIn(tab)).toEqual([{ api: 'search.query', args: { text: 'slow mornings', disposition: 'NEW_TAB' } }]);
    const navigation = await takeSearchNavigation(session, 'slow mornings');
    opened.push(navigation.context);
    expect(navigation.navigation).toBe(true);
    expect(navigation.context).not.toBe(tab.context);
    expect(await fieldValue(tab)).toBe('');
  } finally {
    for (const context of opened) await session.tab(context).close();
    await tab.close();
  }
});

test('the new tab’s styles, inlined in its HTML, apply in Firefox', async () => {
  const tab = await openNewTab(firefox());
  try {
    const styles = await tab.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
      return {
        linkedSheets: document.querySelectorAll('link[rel="stylesheet"]').length,
        inlineSheets: document.querySelectorAll('style').length,
        page: { display: style('.newtab').display, flexDirection: style('.newtab').flexDirection, textAlign: style('.newtab').textAlign },
        field: { borderRadius: style('#newtab-search').borderTopLeftRadius, flexGrow: style('#newtab-search').flexGrow },
        hint: style('.newtab__search-hint').visibility,
      };
    });
    // What newtab.css sets, not Firefox's defaults (a block <main>, square fields, a visible hint).
    expect(styles).toEqual({
      linkedSheets: 0,
      inlineSheets: expect.any(Number) as unknown,
      page: { display: 'flex', flexDirection: 'column', textAlign: 'center' },
      field: { borderRadius: '999px', flexGrow: '1' },
      hint: 'hidden',
    });
    expect(styles.inlineSheets).toBeGreaterThan(0);
  } finally {
    await tab.close();
  }
});

test('shortcuts are off after install, and Firefox has not given the topSites permission', () => {
  expect(installed).toEqual({ topSites: false, stored: undefined });
});

test('turning shortcuts on in Options gets the permission by that click; the new tab shows the sites; off gives it back', async () => {
  const session = firefox();
  await startWithShortcutsOff(session);
  const before = await openNewTab(session);
  const options = await session.openPage('options.html');
  try {
    expect(await before.evaluate(() => document.querySelectorAll('.newtab__shortcuts > *').length)).toBe(0);
    // The New tab section arrives with Options' later sections.
    await expect.poll(() => toggleChecked(options), { timeout: 10_000 }).toBe(false);

    await options.click(checkboxLabelled, { arg: shortcutsToggle });
    await expect.poll(() => callsIn(options)).toEqual([{ api: 'permissions.request', args: { permissions: ['topSites'] } }]);
    await expect.poll(() => hasTopSites(session)).toBe(true);
    await expect.poll(() => storedShortcuts(session), { timeout: 10_000 }).toBe(true);
    expect(await toggleChecked(options)).toBe(true);

    // A new tab shows Firefox's most-visited sites; the tab already open follows too.
    const after = await openNewTab(session);
    try {
      await expect.poll(() => tilesIn(after), { timeout: 10_000 }).toContainEqual({ href: siteUrl, label: site.title });
      const [ranked] = await session.evaluate((browser) => browser.topSites.get());
      expect(ranked?.url).toBe(siteUrl);
      await expect.poll(() => tilesIn(before), { timeout: 10_000 }).toContainEqual({ href: siteUrl, label: site.title });

      await options.bringToFront();
      await options.click(checkboxLabelled, { arg: shortcutsToggle });
      // Off is the default, which storage keeps by leaving the preference out.
      await expect.poll(() => storedShortcuts(session), { timeout: 10_000 }).toBeUndefined();
      await expect.poll(() => hasTopSites(session)).toBe(false);
      expect(await callsIn(options)).toEqual([
        { api: 'permissions.request', args: { permissions: ['topSites'] } },
        { api: 'permissions.remove', args: { permissions: ['topSites'] } },
      ]);
      expect(await toggleChecked(options)).toBe(false);
      // The open new tab lets the tiles go.
      await expect.poll(() => tilesIn(after)).toEqual([]);
    } finally {
      await after.close();
    }
  } finally {
    await options.close();
    await before.close();
  }
});

test('shortcuts on without this browser’s permission: the new tab’s button asks, and the click gets it', async () => {
  const session = firefox();
  await startWithShortcutsOff(session);
  await session.evaluate((browser) => browser.storage.sync.set({ 'newTab.showShortcuts': true }));
  const tab = await openNewTab(session);
  try {
    await expect.poll(() => showsAskButton(tab), { timeout: 10_000 }).toBe(true);
    expect(await hasTopSites(session)).toBe(false);
    await tab.click(buttonNamed, { arg: askButton });
    await expect.poll(() => callsIn(tab)).toEqual([{ api: 'permissions.request', args: { permissions: ['topSites'] } }]);
    await expect.poll(() => hasTopSites(session)).toBe(true);
    // The row follows the permission: the sites replace the button.
    await expect.poll(() => tilesIn(tab), { timeout: 10_000 }).toContainEqual({ href: siteUrl, label: site.title });
    expect(await showsAskButton(tab)).toBe(false);
  } finally {
    await tab.close();
  }
});
