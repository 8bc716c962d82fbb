import { extensionApi as browser } from './browser-api';

/** Opens one of Kindly's pages as a small window of its own (the popup closes when it loses focus). */
export async function openPageWindow(path: string, size: { width: number; height: number }): Promise<number | undefined> {
  const window = await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', focused: true, ...size });
  return window.id;
}

/** Resizes the window this page is in, when it is one of Kindly's own small windows (not a tab). */
export async function resizeOwnWindow(size: { width: number; height: number }): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id !== undefined && current.type === 'popup') await browser.windows.update(current.id, size);
}

/**
 * Brings a window of Kindly's to the front, showing `path` if given. False when it is gone (closed
 * by the person, or a browser restart since).
 */
export async function focusPageWindow(windowId: number, path?: string): Promise<boolean> {
  try {
    const window = await browser.windows.get(windowId, { populate: true });
    const tabId = window.tabs?.[0]?.id;
    if (path !== undefined && tabId !== undefined) await browser.tabs.update(tabId, { url: browser.runtime.getURL(path) });
    await browser.windows.update(windowId, { focused: true });
    return true;
  } catch {
    return false;
  }
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

export function onWindowRemoved(callback: (windowId: number) => void): void {
  browser.windows.onRemoved.addListener(callback);
}
