import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, installChromiumHint } from '../../../scripts/find-browser.mjs';

export const testBuildDir = resolve(import.meta.dirname, '../../../dist-test/chrome');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request that tried to leave the extension (they are all blocked). */
  outsideRequests: string[];
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

/** Starts Chromium with the test build of Kindly in a fresh, temporary profile. */
export async function launchExtension(): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${testBuildDir}`,
      `--load-extension=${testBuildDir}`,
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
    (url) => !url.href.startsWith('chrome-extension://'),
    (route) => {
      outsideRequests.push(route.request().url());
      return route.abort();
    },
  );

  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    outsideRequests,
    worker,
    async openPage(path: string) {
      const page = await context.newPage();
      const url = path.startsWith('chrome://') ? path : `chrome-extension://${extensionId}/${path}`;
      await page.goto(url);
      return page;
    },
    close: () => context.close(),
  };
}
