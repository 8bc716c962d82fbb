import browser from 'webextension-polyfill';

/** Sends a request to the worker and waits until it has been handled. */
export async function sendToWorker(message: unknown): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/**
 * Handles requests from Kindly's own pages. Returning the handler's promise keeps the channel
 * open until the work is done, so a page's await means "done".
 */
export function onWorkerMessage(handler: (message: unknown) => Promise<void> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return handler(message);
  });
}
