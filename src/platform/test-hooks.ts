/*
 * Lets the end-to-end tests wait for the extension's own work instead of sleeping: the worker's
 * tasks, and every storage write a page or the worker has started (a preference save included,
 * through the sync writer's quiet moment). Only the test build keeps this: in release builds
 * __KINDLY_TEST__ is false and the bundler drops it.
 */
const running = new Set<Promise<unknown>>();
/** Calls into the browser a test can't see from outside (a search, a permission prompt), in order. */
const calls: { api: string; args: unknown }[] = [];

/** Notes a call to the browser's `api` with `args`, for the page's `kindlyTest.calls`. */
export function noteCall(api: string, args: unknown): void {
  if (!__KINDLY_TEST__) return;
  if (!('kindlyTest' in globalThis)) exposeTestHooks();
  calls.push({ api, args });
}

export function track<T>(task: Promise<T>): Promise<T> {
  if (!__KINDLY_TEST__) return task;
  // A page has no start-up hook of its own: its first write exposes the hook.
  if (!('kindlyTest' in globalThis)) exposeTestHooks();
  running.add(task);
  void task.finally(() => running.delete(task)).catch(() => undefined);
  return task;
}

/** `fn`, with each call tracked from its start: reads before its writes count as work in progress. */
export function tracked<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  if (!__KINDLY_TEST__) return fn;
  return (...args) => track(fn(...args));
}

/** `kindlyTest` on the global scope; a page that never wrote has none, which means nothing is pending. */
export function exposeTestHooks(): void {
  if (!__KINDLY_TEST__) return;
  Object.assign(globalThis, {
    kindlyTest: {
      /** Resolves once every task started so far has finished. */
      settled: async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
      },
      calls,
    },
  });
}
