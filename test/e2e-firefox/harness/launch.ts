import { inject } from 'vitest';
import type Browser from 'webextension-polyfill';
import { connectBidi, type Bidi } from './bidi';
import { callExpression, evaluateInContext } from './evaluate';
import { extensionErrors, extensionWarnings } from './extension-errors';
import { firefoxPath } from './firefox-binary';
import { startFirefox, type FirefoxProcess } from './firefox-process';
import { watchAddonRequests, watchTabRequests } from './network-guard';
import { createProfile, extensionOrigin, geckoId } from './profile';

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
  close(): Promise<void>;
}

export interface FirefoxSession {
  /** Opens `path` (e.g. 'popup.html') of the add-on in a new tab and waits for it to load. */
  openPage(path: string): Promise<ExtensionTab>;
  /** The open tab showing `path` of the add-on (opened by the add-on or the browser), if any. */
  findTab(path: string): Promise<ExtensionTab | undefined>;
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
export async function launchFirefox({ build = 'test' }: { build?: 'test' | 'release' } = {}): Promise<FirefoxSession> {
  // Made by global setup: the test build (release code plus test-only hooks), or the release build.
  const dir = inject('firefoxBuilds')[build];
  const binary = firefoxPath();
  const firefox: FirefoxProcess = await startFirefox(binary, createProfile());
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
      async close() {
        await connection.send('browsingContext.close', { context });
      },
    });

    return {
      evaluate: (fn, arg) => tab(probe).evaluate(fn, arg),
      async openPage(path) {
        const { context } = await connection.send<{ context: string }>('browsingContext.create', { type: 'tab', background: false });
        await connection.send('browsingContext.navigate', { context, url: `${extensionOrigin}/${path}`, wait: 'complete' });
        return tab(context);
      },
      async findTab(path) {
        const { contexts } = await connection.send<Tree>('browsingContext.getTree', { maxDepth: 0 });
        const found = contexts.find((context) => context.url === `${extensionOrigin}/${path}`);
        return found ? tab(found.context) : undefined;
      },
      background: (fn, arg) =>
        evaluateInContext(connection, probe, callExpression(fn, ['await globalThis.browser.runtime.getBackgroundPage()'], arg)),
      async outsideRequests() {
        return { fromTabs: [...tabRequests], fromAddon: await addonRequests() };
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
