/*
 * What a page still has to write before the worker reads storage. The preferences store hands
 * its flush over when a page first imports it; a page that never saves preferences (the popup,
 * the pause window) doesn't carry the sync writer just to say it has nothing waiting.
 */
let flushWaiting: (() => Promise<void>) | undefined;

/** Called once by the module that holds the page's batched writes. */
export function flushBeforeMessages(flush: () => Promise<void>): void {
  flushWaiting = flush;
}

/** Writes what this page has waiting (a refused write is kept by the writer and said by the saving page). */
export async function flushPendingWrites(): Promise<void> {
  await flushWaiting?.();
}
