import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './launch';
import { setStorage } from './worker-hooks';

/** What a page looked like as one of its first frames was drawn. */
export interface Frame {
  background: string;
  /** The class of its <main>, or null before the page's script has rendered it. */
  main: string | null;
}

export const DARK_BACKGROUND = 'rgb(22, 28, 27)';
export const LIGHT_BACKGROUND = 'rgb(246, 244, 239)';

/**
 * Opens a page with a recorder installed before any of its own code: the background and <main>
 * at each of the first frames (a requestAnimationFrame callback runs right before a frame is
 * drawn), so a flash of the wrong theme or a first paint in the wrong layout can't slip by.
 */
export async function openRecordingFrames(extension: ExtensionSession, url: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.addInitScript(() => {
    const frames: Frame[] = [];
    (globalThis as unknown as { kindlyFrames: Frame[] }).kindlyFrames = frames;
    const record = () => {
      frames.push({
        background: getComputedStyle(document.documentElement).backgroundColor,
        main: document.querySelector('main')?.className ?? null,
      });
      if (frames.length < 30) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.goto(url.startsWith('chrome://') ? url : `chrome-extension://${extension.extensionId}/${url}`);
  return page;
}

/** The frames recorded so far, once there are a few. */
export async function recordedFrames(page: Page): Promise<Frame[]> {
  const read = () => page.evaluate(() => (globalThis as unknown as { kindlyFrames: Frame[] }).kindlyFrames);
  await expect.poll(async () => (await read()).length).toBeGreaterThan(5);
  return read();
}

/** The pages' synchronous copy of preferences, as a page sees it. */
export function snapshotIn(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('kindly.preferenceSnapshot') ?? '{}') as Record<string, unknown>);
}

/** Stores preferences and waits until an open page has refreshed the pages' snapshot with them. */
export async function storePreferences(extension: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  const options = await extension.openPage('options.html');
  await setStorage(await extension.worker(), 'sync', items);
  const expected = Object.entries(items).filter(([key]) => /^(appearance|newTab)\./.test(key));
  await expect.poll(() => snapshotIn(options)).toMatchObject(Object.fromEntries(expected));
  await options.close();
}
