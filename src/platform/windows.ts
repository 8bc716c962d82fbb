import { extensionApi as browser } from './browser-api';

/** Opens one of Kindly's pages as a small window of its own (the popup closes when it loses focus). */
export async function openPageWindow(path: string, size: { width: number; height: number }): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', focused: true, ...size });
}

/** Fullscreen usually means a video or a presentation: a reminder should wait. No permission needed. */
export async function focusedWindowIsFullscreen(): Promise<boolean> {
  try {
    const window = await browser.windows.getLastFocused();
    return window.state === 'fullscreen';
  } catch {
    return false;
  }
}

/** Whether any tab is playing sound; `audible` needs no permission. */
export async function someTabIsAudible(): Promise<boolean> {
  try {
    return (await browser.tabs.query({ audible: true })).length > 0;
  } catch {
    return false;
  }
}
