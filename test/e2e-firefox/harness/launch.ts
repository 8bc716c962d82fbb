import { expect, inject, vi } from 'vitest';
import type Browser from 'webextension-polyfill';
import { connectBidi, type Bidi } from './bidi';
import { callExpression, evaluateInContext } from './evaluate';
import { extensionErrors, extensionWarnings } from './extension-errors';
import { firefoxPath } from './firefox-binary';
import { startFirefox, type FirefoxProcess } from './firefox-process';
import { clickElement, pressKey, typeText, type Key, type Modifier, type MouseButton } from './input';
import { watchAddonRequests, watchTabRequests, type TabRequest } from './network-guard';
import { createProfile, extensionOrigin, geckoId, type FirefoxPreferences } from './profile';

/** What an extension page's global scope offers the functions the tests run there. */
export type PageGlobals = Window & typeof globalThis;
export type ExtensionApi = typeof Browser;
/** The background page, as runtime.getBackgroundPage() returns it; kindlyTest is the test build's hook. */
export type BackgroundGlobals = PageGlobals & { browser: ExtensionApi; kindlyTest?: { settled(): Promise<void> } };

export interface ExtensionTab {
  context: string;
  /**
   * Runs `fn(browser, arg)` in the page and returns its (awaited, JSON-serializable) result.
   * `fn` is sent as source text: it can use only its parameters and the page's globals.
   */
  evaluate<T, A = undefined>(fn: (browser: ExtensionApi, arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  /**
   * Clicks, with the real mouse (harness/input.ts), the element `find(document, arg)` returns in
   * the page; `find` runs in the page, as `evaluate`'s function does.
   */
  click<A = undefined>(find: (document: Document, arg: A) => Element | null | undefined, options?: { arg?: A; button?: MouseButton }): Promise<void>;
  /** Types `text` on the keyboard into whatever has focus in the page. */
  type(text: string): Promise<void>;
  /** Presses `key` on the keyboard, holding `modifiers`. */
  press(key: Key, modifiers?: readonly Modifier[]): Promise<void>;
  /** Goes to `url` in this tab and waits for it to load. */
  navigate(url: string): Promise<void>;
  /** Makes this the window's selected tab, as a person switching back to it would. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  /** Opens `path` (e.g. 'popup.html') of the add-on in a new tab and waits for it to load. */
  openPage(path: string): Promise<ExtensionTab>;
  /** Opens `url` (any page: a test's own local one, say) in a new tab and waits for it to load. */
  openTab(url: string): Promise<ExtensionTab>;
  /**
   * Opens a new tab as the browser does (tabs.create() without an address), which shows Kindly's
   * new tab page (chrome_url_overrides), and returns it once that page has loaded.
   */
  openNewTab(): Promise<ExtensionTab>;
  /** The tab of a BiDi browsing context the test learnt of (one Firefox opened, say). */
  tab(context: string): ExtensionTab;
  /**
   * Runs `fn(browser, arg)` in a neutral page of the add-on (its icon: no Kindly code runs there).
   * Extension APIs used from here don't wake the background page.
   */
  evaluate<T, A = undefined>(fn: (browser: ExtensionApi, arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  /**
   * Runs `fn(background, arg)` with the background page's window. runtime.getBackgroundPage(),
   * used for this, starts the event page if it isn't running.
   */
  background<T, A = undefined>(fn: (background: BackgroundGlobals, arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  /**
   * Every request that tried to leave the extension so far: as the tabs' BiDi events show them,
   * and as the browser saw the add-on make them from any page (these were cancelled).
   */
  outsideRequests(): Promise<{ fromTabs: string[]; fromAddon: string[] }>;
  /**
   * Takes the requests `match` picks off those records and returns them: the ones a test made
   * or expects on purpose, so that every other still fails it. Requests from the add-on have no
   * tab (`context` is undefined there).
   */
  takeOutsideRequests(match: (request: { url: string; context?: string }) => boolean): Promise<{ fromTabs: TabRequest[]; fromAddon: string[] }>;
  /** Uncaught errors and console errors from the add-on's pages and background so far. */
  errors(): string[];
  /** Warnings Firefox printed about the add-on's pages and background so far. */
  warnings(): string[];
  /** Everything Firefox printed so far (stdout and stderr), for diagnosing a failure. */
  output(): string[];
  close(): Promise<void>;
}

interface Tree {
  contexts: { context: string; url: string }[];
}

/**
 * Starts headless Firefox ESR in a fresh profile, installs a build of Kindly as a temporary
 * add-on over WebDriver BiDi and returns a session to drive it. Always close() it; if the test
 * process dies first, the process group and profile are removed on exit.
 */
export async function launchFirefox({
  build = 'test',
  preferences = {},
}: {
  build?: 'test' | 'release';
  /** Firefox prefs for this session's profile only, on top of the harness's own (profile.ts). */
  preferences?: FirefoxPreferences;
} = {}): Promise<FirefoxSession> {
  // Made by global setup: the test build (release code plus test-only hooks), or the release build.
  const dir = inject('firefoxBuilds')[build];
  const binary = firefoxPath();
  const firefox: FirefoxProcess = await startFirefox(binary, createProfile(preferences));
  let bidi: Bidi | undefined;
  try {
    bidi = await connectBidi(`${firefox.bidiUrl}/session`);
    const connection = bidi;
    await connection.send('session.new', { capabilities: {} });

    // The first command after session.new waits for the browser window (2–5 s here).
    const chrome = await connection.send<Tree>('browsingContext.getTree', { 'moz:scope': 'chrome' }, 30_000);
    const chromeContext = chrome.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml')?.context;
    if (!chromeContext) throw new Error(`No browser window among ${JSON.stringify(chrome.contexts)}`);
    const addonRequests = await watchAddonRequests(connection, chromeContext, geckoId);
    const firstTab = (await connection.send<Tree>('browsingContext.getTree', { maxDepth: 0 })).contexts[0]?.context;
    if (!firstTab) throw new Error('Firefox has no tab');
    const tabRequests = await watchTabRequests(connection, firstTab, extensionOrigin);

    await connection.send('webExtension.install', { extensionData: { type: 'path', path: dir } });

    // The first tab stays on a neutral document of the add-on (its icon: no Kindly code runs
    // there) that has the extension APIs, and from which the background page is reached.
    const probe = firstTab;
    await connection.send('browsingContext.navigate', { context: probe, url: `${extensionOrigin}/icons/icon-16.png`, wait: 'complete' });

    const tab = (context: string): ExtensionTab => ({
      context,
      evaluate: (fn, arg) => evaluateInContext(connection, context, callExpression(fn, ['globalThis.browser'], arg)),
      click: (find, { arg, button } = {}) => clickElement(connection, context, find, arg as never, button),
      type: (text) => typeText(connection, context, text),
      press: (key, modifiers) => pressKey(connection, context, key, modifiers),
      async navigate(url) {
        await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
      },
      async bringToFront() {
        await connection.send('browsingContext.activate', { context });
      },
      async close() {
        await connection.send('browsingContext.close', { context });
      },
    });

    const openTab = async (url: string) => {
      const { context } = await connection.send<{ context: string }>('browsingContext.create', { type: 'tab', background: false });
      const opened = tab(context);
      await opened.navigate(url);
      return opened;
    };

    return {
      evaluate: (fn, arg) => tab(probe).evaluate(fn, arg),
      openTab,
      openPage: (path) => openTab(`${extensionOrigin}/${path}`),
      async openNewTab() {
        const tabs = async () => (await connection.send<Tree>('browsingContext.getTree', { maxDepth: 0 })).contexts;
        const before = new Set((await tabs()).map(({ context }) => context));
        await evaluateInContext(connection, probe, 'globalThis.browser.tabs.create({}).then(() => undefined)');
        const waiting = { timeout: 10_000, interval: 50 };
        const { context } = await vi.waitFor(async () => {
          const opened = (await tabs()).find(({ context: each, url }) => !before.has(each) && url === `${extensionOrigin}/newtab.html`);
          if (!opened) throw new Error('no new tab showing newtab.html yet');
          return opened;
        }, waiting);
        // Its address is set before its page has loaded.
        await vi.waitFor(async () => expect(await evaluateInContext(connection, context, 'document.readyState')).toBe('complete'), waiting);
        return tab(context);
      },
      tab,
      background: (fn, arg) =>
        evaluateInContext(connection, probe, callExpression(fn, ['await globalThis.browser.runtime.getBackgroundPage()'], arg)),
      async outsideRequests() {
        return { fromTabs: tabRequests.map(({ url }) => url), fromAddon: await addonRequests.seen() };
      },
      async takeOutsideRequests(match) {
        const fromTabs = tabRequests.filter((request) => match(request));
        tabRequests.splice(0, tabRequests.length, ...tabRequests.filter((request) => !fromTabs.includes(request)));
        const fromAddon = (await addonRequests.seen()).filter((url) => match({ url }));
        await addonRequests.take(fromAddon);
        return { fromTabs, fromAddon };
      },
      errors: () => extensionErrors(firefox.output),
      warnings: () => extensionWarnings(firefox.output),
      output: () => firefox.output.map(({ stream, text }) => `${stream}: ${text}`),
      async close() {
        try {
          // browser.close quits Firefox (session.end would leave it running).
          await connection.send('browser.close', {}, 10_000).catch(() => undefined);
          await firefox.waitForExit(10_000);
        } finally {
          connection.close();
          firefox.kill();
        }
      },
    };
  } catch (error) {
    bidi?.close();
    firefox.kill();
    throw error;
  }
}
