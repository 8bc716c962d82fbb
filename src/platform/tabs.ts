import { extensionApi as browser } from './browser-api';

/** Opens one of Kindly's pages in a new tab of the current window. Needs no permission. */
export async function openTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/**
 * Closes the tab this page is in. window.close() alone is refused once the person has followed a
 * link in the tab (more than one history entry), so the tab is removed by id where there is one.
 */
export async function closeCurrentTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) window.close();
  else await browser.tabs.remove(tab.id);
}
