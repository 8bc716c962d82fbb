import type { Worker } from 'playwright-core';

/** The test build's hooks on the worker's global scope (see src/background/test-hooks.ts). */
export type WorkerGlobals = typeof globalThis & {
  chrome: {
    storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
    runtime: { onInstalled: { dispatch(details: object): void } };
  };
  kindlyTest: { settled(): Promise<void> };
};

/** Waits until the worker has finished every task it has started. */
export function workerSettled(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as WorkerGlobals).kindlyTest.settled());
}

export function setStorage(worker: Worker, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  return worker.evaluate(([name, values]) => (globalThis as WorkerGlobals).chrome.storage[name].set(values), [area, items] as const);
}

export function storageContents(worker: Worker, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return worker.evaluate((name) => (globalThis as WorkerGlobals).chrome.storage[name].get(null), area);
}

/** Fires the real onInstalled event in the worker, as an extension update would. */
export async function simulateUpdate(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    // dispatch() is Chromium's own (undocumented) way to fire an extension event from inside.
    (globalThis as WorkerGlobals).chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' });
  });
  await workerSettled(worker);
}
