import { extensionApi } from './browser-api';
import { flushPendingWrites } from './pending-writes';

/**
 * Sends a request to the worker and waits until it has been handled. Changes this page made a
 * moment ago and still holds in its writer are written first, so the worker reads them (a test
 * reminder right after choosing a style shows that style).
 */
export async function sendToWorker(message: unknown): Promise<void> {
  await flushPendingWrites();
  await extensionApi.runtime.sendMessage(message);
}
