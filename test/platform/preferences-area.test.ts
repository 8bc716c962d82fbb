import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { parsePreferences, type ParsedPreferences } from '../../src/core/preferences';
import { loadPreferenceItems, preferencesArea, watchPreferenceItems } from '../../src/platform/preferences-reader';
import { setPreferencesArea, watchPreferencesArea } from '../../src/platform/preferences-area-move';
import { flushPreferences, savePreferences } from '../../src/platform/preferences-store';
import { PreferencesReadOnlyError } from '../../src/platform/storage-errors';

const synced = { 'reminders.everyMinutes': 45, schemaVersion: CURRENT_SCHEMA_VERSION, lastPauseAt: 1_000 };

describe('preferences kept on this device only', () => {
  it('syncs by default, and nothing is stored for that default', async () => {
    expect(await preferencesArea()).toBe('sync');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('moving here copies the synced preferences and leaves sync as it was for the other browsers', async () => {
    await fakeBrowser.storage.sync.set(synced);
    await setPreferencesArea('local');
    expect(await preferencesArea()).toBe('local');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'reminders.everyMinutes': 45, schemaVersion: CURRENT_SCHEMA_VERSION, preferencesArea: 'local' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(synced);
    expect(parsePreferences(await loadPreferenceItems()).preferences.reminders.everyMinutes).toBe(45);
  });

  it('reads, saves and follows changes here, not in sync, while kept here', async () => {
    await setPreferencesArea('local');
    const seen: ParsedPreferences[] = [];
    const controller = new AbortController();
    watchPreferenceItems((items) => seen.push(parsePreferences(items)), controller.signal);

    await savePreferences({ 'reminders.everyMinutes': 25 });
    expect(await fakeBrowser.storage.local.get('reminders.everyMinutes')).toEqual({ 'reminders.everyMinutes': 25 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await vi.waitFor(() => expect(seen.at(-1)?.preferences.reminders.everyMinutes).toBe(25));

    // Another browser's change arrives in sync: this device keeps its own. A change here, made
    // after it, is heard of after that one would have been.
    const before = seen.length;
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 90 });
    expect(parsePreferences(await loadPreferenceItems()).preferences.reminders.everyMinutes).toBe(25);
    await savePreferences({ 'reminders.everyMinutes': 30 });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(before));
    expect(seen.slice(before).map((parsed) => parsed.preferences.reminders.everyMinutes)).toEqual([30]);
    controller.abort();
  });

  it('moving back to sync shares this device’s values and keeps one copy only', async () => {
    await fakeBrowser.storage.sync.set({ ...synced, 'appearance.theme': 'dark' });
    await setPreferencesArea('local');
    await savePreferences({ 'reminders.everyMinutes': 25, 'appearance.theme': 'system' });
    await setPreferencesArea('sync');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 25, schemaVersion: CURRENT_SCHEMA_VERSION, lastPauseAt: 1_000 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(parsePreferences(await loadPreferenceItems()).preferences.reminders.everyMinutes).toBe(25);
  });

  it('a change of area reaches every page watching, with the preferences of the new area', async () => {
    await fakeBrowser.storage.sync.set(synced);
    const areas: string[] = [];
    const seen: ParsedPreferences[] = [];
    const controller = new AbortController();
    watchPreferencesArea((area) => areas.push(area), controller.signal);
    watchPreferenceItems((items) => seen.push(parsePreferences(items)), controller.signal);
    await setPreferencesArea('local');
    await setPreferencesArea('sync');
    await vi.waitFor(() => expect(areas).toEqual(['local', 'sync']));
    await vi.waitFor(() => expect(seen.at(-1)?.preferences.reminders.everyMinutes).toBe(45));
    controller.abort();
  });

  it('still refuses to write over preferences from a newer Kindly kept here', async () => {
    await fakeBrowser.storage.local.set({ preferencesArea: 'local', schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await expect(savePreferences({ 'reminders.everyMinutes': 30 })).rejects.toThrow(PreferencesReadOnlyError);
  });

  it('writes straight away here, without the batching sync needs', async () => {
    await setPreferencesArea('local');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    for (const minutes of [20, 25, 30]) await savePreferences({ 'reminders.everyMinutes': minutes });
    expect(set).toHaveBeenCalledTimes(3);
  });

  it('a flush straight after a save still writes it, for a page that closes at once', async () => {
    const saved = savePreferences({ 'newTab.greetingName': 'Robin' });
    await flushPreferences();
    expect(await fakeBrowser.storage.sync.get(null)).toMatchObject({ 'newTab.greetingName': 'Robin' });
    await saved;
  });
});
