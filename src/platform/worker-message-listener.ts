import browser from 'webextension-polyfill';

/**
 * Handles requests from Kindly's own pages. Returning the handler's promise keeps the channel
 * open until the work is done, so a page's await means "done". Chrome's own onMessage does not
 * wait for a returned promise; the polyfill makes it, which is why this file keeps it.
 */
export function onWorkerMessage(handler: (message: unknown) => Promise<void> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return handler(message);
  });
}
