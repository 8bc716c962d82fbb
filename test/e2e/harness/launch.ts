import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, installChromiumHint } from '../../../scripts/find-browser.mjs';

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

/** Starts Chromium with a build of Kindly (the test build unless told otherwise) in a new profile. */
export async function launchExtension({ dir = testBuildDir }: { dir?: string } = {}): Promise<ExtensionSession> {
  const profile = freshProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
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
  const outsideRequests: string[] = [];
  await context.route(
    (url) => !url.href.startsWith('chrome-extension://') && !url.href.startsWith('chrome://'),
    (route) => {
      outsideRequests.push(route.request().url());
      return route.abort();
    },
  );

  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });

  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    outsideRequests,
    errors,
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
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
