import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { fire, startWorker } from '../helpers/worker';

/** Fires onInstalled and waits until the worker has finished what it started. */
async function install(reason: 'install' | 'update' | 'browser_update') {
  await fire(fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: reason === 'update' ? '0.0.9' : undefined } as never));
}

beforeEach(startWorker);

describe('worker on install and update', () => {
  it('writes no preferences on a fresh install, so settings arriving by sync are never overwritten', async () => {
    await install('install');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // Only the device's own reminder schedule is stored, locally.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['schedule']);
  });

  it('leaves valid settings from another browser exactly as they are', async () => {
    const synced = { 'reminders.everyMinutes': 45, 'appearance.theme': 'dark', schemaVersion: 1 };
    await fakeBrowser.storage.sync.set(synced);
    await install('install');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(synced);
  });

  it('on update, backs up unreadable values on this device before clearing them', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 'often', 'appearance.theme': 'dark' });
    await install('update');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'appearance.theme': 'dark' });
    const { preferencesBackup } = await fakeBrowser.storage.local.get('preferencesBackup');
    expect(preferencesBackup).toEqual([{ savedAt: expect.any(Number) as number, items: { 'reminders.everyMinutes': 'often' } }]);
  });

  it('never touches settings written by a newer Kindly', async () => {
    const newer = { schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 'a new format' };
    await fakeBrowser.storage.sync.set(newer);
    await install('update');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(newer);
  });

  it('does nothing when only the browser updated', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 'often' });
    await install('browser_update');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 'often' });
  });
});
