import { extensionApi } from './browser-api';

/** Sends a request to the worker and waits until it has been handled. */
export async function sendToWorker(message: unknown): Promise<void> {
  await extensionApi.runtime.sendMessage(message);
}
