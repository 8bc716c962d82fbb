import type { BrowserContext } from 'playwright-core';

type Listener = (...args: unknown[]) => void;
/** Playwright's context is a Node-style event emitter; its types leave out the two readers used here. */
type Readable = BrowserContext & { eventNames(): (string | symbol)[]; listeners(event: string | symbol): Listener[] };

/**
 * The listeners on the browser's context now, so that those a test adds (say, on every request)
 * can be taken off when it ends and never hear the next test.
 */
export function addedListeners(context: BrowserContext) {
  const readable = context as Readable;
  const before = new Map(readable.eventNames().map((event) => [event, new Set(readable.listeners(event))]));
  return {
    removeAdded() {
      for (const event of readable.eventNames()) {
        for (const listener of readable.listeners(event)) {
          if (!before.get(event)?.has(listener)) context.off(event as 'page', listener);
        }
      }
    },
  };
}
