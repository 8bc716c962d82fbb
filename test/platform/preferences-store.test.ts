import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import type { ParsedPreferences } from '../../src/core/preferences';
import { PreferencesReadOnlyError } from '../../src/platform/storage-errors';
import { loadPreferences, savePreferences, watchPreferences } from '../../src/platform/preferences-store';

describe('preferences store', () => {
  it('loads the defaults from empty storage', async () => {
    const parsed = await loadPreferences();
    expect(parsed.preferences.reminders.everyMinutes).toBe(60);
    expect(parsed.invalid).toEqual([]);
  });

  it('stores only what differs from the defaults', async () => {
    await savePreferences({ 'reminders.everyMinutes': 30, 'appearance.theme': 'system' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 30, schemaVersion: CURRENT_SCHEMA_VERSION });
    await savePreferences({ 'reminders.everyMinutes': 60 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('never stores an invalid value, and says which one it refused', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    const refused = await savePreferences({ 'reminders.everyMinutes': 2 });
    expect(refused.map((entry) => entry.key)).toEqual(['reminders.everyMinutes']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 45 });
  });

  it('refuses to write over preferences saved by a newer Kindly', async () => {
    await fakeBrowser.storage.sync.set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 45 });
    await expect(savePreferences({ 'reminders.everyMinutes': 30 })).rejects.toThrow(PreferencesReadOnlyError);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 45 });
  });

  it('tells watchers about changes from anywhere, until they stop watching', async () => {
    const seen: ParsedPreferences[] = [];
    const controller = new AbortController();
    watchPreferences((parsed) => seen.push(parsed), controller.signal);
    // As if another browser's change arrived through sync.
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 20 });
    await vi.waitFor(() => expect(seen.at(-1)?.preferences.reminders.everyMinutes).toBe(20));
    controller.abort();
    // A watcher that starts after the stopped one hears of the next change after it would have.
    const witness = new AbortController();
    const witnessed = new Promise((resolve) => watchPreferences(resolve, witness.signal));
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 25 });
    await witnessed;
    witness.abort();
    expect(seen.map((parsed) => parsed.preferences.reminders.everyMinutes)).toEqual([20]);
  });
});
