import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseEverything } from '../../src/platform/data-store';
import { setPreferencesArea } from '../../src/platform/preferences-area-move';
import { fire, installWorkerAt, reminderAlarm, sendMessage, storedSchedule } from '../helpers/worker';
import { local } from '../helpers/time-zones';

const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);
const at = (time: number) => vi.setSystemTime(time);
const alarmTime = async () => (await reminderAlarm())?.scheduledTime;

beforeEach(async () => {
  await installWorkerAt(monday(9, 30));
});
afterEach(() => vi.useRealTimers());

describe('the worker, with preferences kept on this device only', () => {
  it('reads the rhythm from this device and follows changes made here', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 120 });
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(11, 30)));
    await setPreferencesArea('local');
    at(monday(10));
    await fire(fakeBrowser.storage.local.set({ 'reminders.everyMinutes': 90 }));
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(11)));
  });

  it('ignores preference changes arriving in sync from the other browsers', async () => {
    await setPreferencesArea('local');
    await fire(fakeBrowser.storage.sync.set({ 'reminders.enabled': false, lastPauseAt: monday(9, 29) }));
    await fire(Promise.resolve());
    expect(await alarmTime()).toBe(monday(10, 30));
  });

  it('repairs unreadable preferences where they are kept', async () => {
    await fakeBrowser.storage.local.set({ preferencesArea: 'local', 'reminders.everyMinutes': 'often', 'appearance.theme': 'dark' });
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 'kept for the other browsers' });
    await fire(fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toMatchObject({ preferencesArea: 'local', 'appearance.theme': 'dark' });
    expect(stored).not.toHaveProperty('reminders.everyMinutes');
    expect(stored.preferencesBackup).toEqual([{ savedAt: monday(9, 30), items: { 'reminders.everyMinutes': 'often' } }]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 'kept for the other browsers' });
  });

  it('does not tell other browsers about a pause taken here', async () => {
    await setPreferencesArea('local');
    await fire(sendMessage({ kind: 'pause-opened' }));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await storedSchedule()).toMatchObject({ rhythmFrom: monday(9, 30) });
  });

  it('keeps the rhythm when preferences move between areas with the same values', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(10, 15)));
    at(monday(9, 40));
    await fire(setPreferencesArea('local'));
    await fire(setPreferencesArea('sync'));
    await fire(Promise.resolve());
    expect(await alarmTime()).toBe(monday(10, 15));
  });
});

describe('after everything is erased', () => {
  it('starts a fresh schedule from now, with the default rhythm', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30 });
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(10)));
    at(monday(9, 50));
    await fire(eraseEverything());
    await vi.waitFor(async () => expect(await storedSchedule()).toEqual({ rhythmFrom: monday(9, 50) }));
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(10, 50)));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('also when preferences were kept on this device only', async () => {
    await setPreferencesArea('local');
    await fire(fakeBrowser.storage.local.set({ 'reminders.everyMinutes': 30 }));
    at(monday(9, 50));
    await fire(eraseEverything());
    await vi.waitFor(async () => expect(await storedSchedule()).toEqual({ rhythmFrom: monday(9, 50) }));
    await vi.waitFor(async () => expect(await alarmTime()).toBe(monday(10, 50)));
  });
});
