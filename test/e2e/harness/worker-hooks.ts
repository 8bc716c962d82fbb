import type { Page, Worker } from 'playwright-core';
import { isDayListKey } from '../../../src/core/day-lists';
import type { JournalEntry } from '../../../src/core/journal';

type Dispatchable<Args extends unknown[]> = { dispatch(...args: Args): void };

/** The parts of the worker's global scope the tests use, including the test build's hooks. */
export type WorkerGlobals = typeof globalThis & {
  chrome: {
    storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> & {
      onChanged: { addListener(listener: (changes: object, area: string) => void): void; removeListener(listener: (changes: object, area: string) => void): void };
    };
    runtime: { onInstalled: Dispatchable<[object]>; getURL(path: string): string };
    tabs: { query(filter: { url?: string }): Promise<{ id?: number; url?: string }[]> };
    alarms: {
      get(name: string): Promise<{ scheduledTime: number } | undefined>;
      create(name: string, info: { when: number }): Promise<void>;
    };
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      onButtonClicked: Dispatchable<[string, number]>;
      onClicked: Dispatchable<[string]>;
    };
    idle: { onStateChanged: Dispatchable<['active' | 'idle' | 'locked']> };
    commands: { onCommand: Dispatchable<[string]> };
    action: { getBadgeText(details: object): Promise<string> };
  };
  kindlyTest: { settled(): Promise<void> };
};


/**
 * Waits until a page has finished every storage write it started, a preference save through the
 * sync writer's quiet moment included. A page that never wrote has no hook: nothing is pending.
 */
export function pageSettled(page: Page): Promise<void> {
  return page.evaluate(() => (globalThis as Partial<Pick<WorkerGlobals, 'kindlyTest'>>).kindlyTest?.settled());
}

/** Waits until the worker has finished every task it has started. */
export function workerSettled(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as WorkerGlobals).kindlyTest.settled());
}

/**
 * Stores items and resolves once the worker has heard of the change: its own listener, added
 * first, has started whatever it does about it, so workerSettled() then waits for that too.
 * (Items already stored as they are fire no event, and need none.)
 */
export function setStorage(worker: Worker, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  return worker.evaluate(
    async ([name, values]) => {
      const { chrome } = globalThis as WorkerGlobals;
      const current = await chrome.storage[name].get(null);
      if (Object.entries(values).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value))) return;
      await new Promise<void>((resolve) => {
        const heard = (_changes: object, areaName: string) => {
          if (areaName !== name) return;
          chrome.storage.onChanged.removeListener(heard);
          resolve();
        };
        chrome.storage.onChanged.addListener(heard);
        void chrome.storage[name].set(values);
      });
    },
    [area, items] as const,
  );
}

export function storageContents(worker: Worker, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return worker.evaluate((name) => (globalThis as WorkerGlobals).chrome.storage[name].get(null), area);
}

/** The journal's entries as stored on this device, every day's list in key order. */
export async function journalIn(worker: Worker): Promise<JournalEntry[]> {
  return Object.entries(await storageContents(worker, 'local'))
    .filter(([key]) => isDayListKey('journal', key))
    .flatMap(([, entries]) => entries as JournalEntry[]);
}

/** Fires the real onInstalled event in the worker, as an extension update would. */
export async function simulateUpdate(worker: Worker): Promise<void> {
  // dispatch() is Chromium's own (undocumented) way to fire an extension event from inside.
  await worker.evaluate(() => (globalThis as WorkerGlobals).chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' }));
  await workerSettled(worker);
}

export function reminderAlarmTime(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async () => (await (globalThis as WorkerGlobals).chrome.alarms.get('kindly-pause'))?.scheduledTime);
}

export function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await (globalThis as WorkerGlobals).chrome.notifications.getAll()));
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as WorkerGlobals).chrome.action.getBadgeText({}));
}

/** Makes a reminder due right now and lets the real alarm ring for it. */
export async function ringReminderNow(worker: Worker, everyMinutes: number): Promise<void> {
  await worker.evaluate(async (minutes) => {
    const { chrome } = globalThis as WorkerGlobals;
    await chrome.storage.local.set({ schedule: { rhythmFrom: Date.now() - minutes * 60_000 } });
    await chrome.alarms.create('kindly-pause', { when: Date.now() });
  }, everyMinutes);
}

export function clickNotificationButton(worker: Worker, index: number): Promise<void> {
  return worker.evaluate((button) => (globalThis as WorkerGlobals).chrome.notifications.onButtonClicked.dispatch('kindly-pause', button), index);
}

export function dispatchIdleState(worker: Worker, state: 'active' | 'idle' | 'locked'): Promise<void> {
  return worker.evaluate((next) => (globalThis as WorkerGlobals).chrome.idle.onStateChanged.dispatch(next), state);
}

/** Fires the keyboard shortcut's command in the worker, as the browser would. */
export function dispatchCommand(worker: Worker, command: string): Promise<void> {
  return worker.evaluate((name) => (globalThis as WorkerGlobals).chrome.commands.onCommand.dispatch(name), command);
}

