import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { fakeEvent } from './fake-extension-apis';

type FakeEvent<Args extends unknown[]> = ReturnType<typeof fakeEvent<Args>>;

/** The stand-ins installed by test/setup (see fake-extension-apis.ts). */
export const fakeApis = () =>
  fakeBrowser as unknown as {
    idle: { detectionInterval: number; onStateChanged: FakeEvent<['active' | 'idle' | 'locked']> };
    commands: { onCommand: FakeEvent<[string]> };
  };

/** Waits until the worker, or a page, has finished every task and storage write it started. */
export async function settled(): Promise<void> {
  // The hook appears with the first task tracked: none yet means nothing is pending.
  await (globalThis as { kindlyTest?: { settled(): Promise<void> } }).kindlyTest?.settled();
}

/** Loads the worker as the browser does on a cold start: a fresh module, listeners at the top. */
export async function startWorker(): Promise<void> {
  vi.resetModules();
  await import('../../src/background/index');
  await settled();
}

/**
 * The worker just installed at `time`, on a clock that fakes Date alone (timers stay real, so
 * storage and settling work as usual); the caller restores real timers after each test.
 */
export async function installWorkerAt(time: number): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(time);
  await startWorker();
  await fire(fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never));
}

/** Fires an event at the worker and waits for it to finish handling it. */
export async function fire(trigger: Promise<unknown>): Promise<void> {
  await trigger;
  await settled();
}

export async function reminderAlarm() {
  return fakeBrowser.alarms.get('kindly-pause');
}

export async function storedSchedule() {
  return (await fakeBrowser.storage.local.get('schedule')).schedule as Record<string, unknown> | undefined;
}

export async function pauseLog() {
  const items = await fakeBrowser.storage.local.get(null);
  return Object.entries(items)
    .filter(([key]) => key.startsWith('pauseLog:'))
    .flatMap(([, entries]) => entries as { at: number; outcome: string }[]);
}

export function sendMessage(message: unknown) {
  return fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => undefined);
}
