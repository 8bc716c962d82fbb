import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium as playwright, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { findChromium, installChromiumHint } from '../../../scripts/find-browser.mjs';
import { addedListeners } from './context-listeners';

const distTest = resolve(import.meta.dirname, '../../../dist-test');
/** The test build (release code plus test-only hooks) and the release build, made by global setup. */
export const testBuildDir = join(distTest, 'chrome');
export const releaseBuildDir = join(distTest, 'release', 'chrome');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request that tried to leave the extension (they are all blocked). */
  outsideRequests: string[];
  /** Uncaught errors and console errors from the extension's pages and worker. */
  errors: string[];
  worker(): Promise<Worker>;
  openPage(path: string): Promise<Page>;
  /** Closes every tab the test opened and uninstalls the extension, leaving the browser as it was. */
  close(): Promise<void>;
}

/** One Chromium, with no extension of its own, that each test of a file installs Kindly into afresh. */
export interface Chromium {
  /** Installs a build of Kindly (the test build unless told otherwise): a first install, as a person's. */
  install(options?: { dir?: string }): Promise<ExtensionSession>;
  close(): Promise<void>;
}

function chromiumPath(): string {
  const path = findChromium();
  // Fails rather than skips, so a machine without a browser never passes by running nothing.
  if (!path) throw new Error(`No Chromium found for the end-to-end tests. ${installChromiumHint}`);
  return path;
}

/**
 * A fresh profile with developer mode on, so Chromium records the extension's errors and
 * warnings from the first moment (the extensions page reads them back).
 */
function freshProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'kindly-e2e-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return profile;
}

/** What a test's extension is heard saying: requests that tried to leave it, and errors. */
interface Recording {
  outsideRequests: string[];
  errors: string[];
}

/**
 * Starts Chromium in a new profile, ready to install extensions over the DevTools protocol: a
 * launch costs seconds on a busy machine, an install a fraction of one, and an uninstall takes
 * the extension's storage, alarms, notifications and tabs with it, and ends a fullscreen it made
 * (test/e2e/shared-browser.test.ts shows each).
 */
export async function launchChromium(): Promise<Chromium> {
  const profile = freshProfile();
  const context = await playwright.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // Playwright turns extensions off; Extensions.loadUnpacked needs them on, and this flag.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The browser process itself still tries Google hosts otherwise.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    ],
  });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  // The tab the browser starts with stays between tests, so closing a test's tabs never closes the window.
  const blank = context.pages()[0] ?? (await context.newPage());

  // Heard once for the browser, counted for the test whose extension is installed. Anything
  // heard with none installed fails the next install: it came from a test that had ended.
  let recording: Recording | undefined;
  const strays: string[] = [];
  const record = (kind: keyof Recording, text: string) => (recording ? recording[kind].push(text) : strays.push(text));
  await context.route(
    (url) => !url.href.startsWith('chrome-extension://') && !url.href.startsWith('chrome://'),
    (route) => {
      record('outsideRequests', route.request().url());
      return route.abort();
    },
  );
  context.on('weberror', (error) => record('errors', `uncaught: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') record('errors', `console: ${message.text()} (${message.location().url})`);
  });

  return {
    async install({ dir = testBuildDir } = {}) {
      const heardBetween = strays.splice(0);
      if (heardBetween.length) throw new Error(`heard between tests: ${heardBetween.join('; ')}`);
      // A copy of its own: Chromium names an unpacked extension after its folder, so each install
      // gets an id, origin and storage that no earlier test touched, whatever Chromium is still
      // deleting of the last one.
      const copy = mkdtempSync(join(tmpdir(), 'kindly-e2e-extension-'));
      cpSync(dir, copy, { recursive: true });
      const ownListeners = addedListeners(context);
      const session: Recording = { outsideRequests: [], errors: [] };
      recording = session;
      const { id: extensionId } = (await cdp.send('Extensions.loadUnpacked', { path: copy })) as { id: string };
      const isOurs = (worker: Worker) => new URL(worker.url()).host === extensionId;
      const worker = async () => context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', isOurs));
      await worker();

      return {
        context,
        extensionId,
        ...session,
        worker,
        async openPage(path: string) {
          const page = await context.newPage();
          const url = path.startsWith('chrome://') ? path : `chrome-extension://${extensionId}/${path}`;
          await page.goto(url);
          // The welcome tab the install opens can end up in front; a page behind it gets a frame a
          // second once something in it has focus, and every click then waits seconds to see the
          // button hold still. A person looks at the page they opened: so does the test.
          await page.bringToFront();
          return page;
        },
        async close() {
          await finishing('closing the tabs', closeTabsBut(context, blank));
          await finishing('uninstalling', uninstall(cdp, context, extensionId, isOurs));
          // Tabs of the browser's own (a shortcut settings page) or opened while it uninstalled.
          await finishing('closing the last tabs', closeTabsBut(context, blank));
          recording = undefined;
          ownListeners.removeAdded();
          rmSync(copy, { recursive: true, force: true });
        },
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Vitest bounds a test but not its fixture's teardown: a step of it that hangs fails the test,
 * naming the step, instead of holding up the whole run. Only a hang reaches this.
 */
export async function finishing<T>(step: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} did not finish in 30 s`)), 30_000);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

async function closeTabsBut(context: BrowserContext, keep: Page): Promise<void> {
  await Promise.all(context.pages().filter((page) => page !== keep).map((page) => page.close()));
}

/** Uninstalls the extension and waits for its worker to be gone with it. */
async function uninstall(cdp: CDPSession, context: BrowserContext, id: string, isOurs: (worker: Worker) => boolean): Promise<void> {
  const workers = context.serviceWorkers().filter(isOurs);
  const gone = workers.map((worker) => new Promise((resolve) => worker.once('close', resolve)));
  await cdp.send('Extensions.uninstall', { id });
  await Promise.all(gone);
}
