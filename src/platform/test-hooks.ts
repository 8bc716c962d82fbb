/*
 * Lets the end-to-end tests wait for the worker's own work instead of sleeping. Only the test
 * build keeps this: in release builds __KINDLY_TEST__ is false and the bundler drops it.
 */
const running = new Set<Promise<unknown>>();

export function track<T>(task: Promise<T>): Promise<T> {
  if (!__KINDLY_TEST__) return task;
  running.add(task);
  void task.finally(() => running.delete(task)).catch(() => undefined);
  return task;
}

export function exposeTestHooks(): void {
  if (!__KINDLY_TEST__) return;
  Object.assign(globalThis, {
    kindlyTest: {
      /** Resolves once every task the worker has started so far has finished. */
      settled: async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
      },
    },
  });
}
