import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { parseOwnAffirmations } from '../../src/core/own-affirmations';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { eraseEverything, exportEverything, importFromText } from '../../src/platform/data-store';
import { loadPreferenceItems, watchPreferenceItems } from '../../src/platform/preferences-reader';
import { setPreferencesArea } from '../../src/platform/preferences-area-move';
import { savePreferenceItems } from '../../src/platform/preferences-store';
import { PreferencesReadOnlyError, StorageQuotaError } from '../../src/platform/storage-errors';

const rest = { 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } };
const enough = { 'affirmation.m4n5b6v7': { text: 'I am doing enough.', order: 2 } };

const sync = () => fakeBrowser.storage.sync.get(null);
const local = () => fakeBrowser.storage.local.get(null);

describe('own affirmations in storage', () => {
  it('are saved to sync by default, marked with the schema version, and read back', async () => {
    await savePreferenceItems({ set: { ...rest, ...enough } });
    expect(await sync()).toEqual({ ...rest, ...enough, schemaVersion: CURRENT_SCHEMA_VERSION });
    await savePreferenceItems({ remove: Object.keys(rest) });
    expect(parseOwnAffirmations(await loadPreferenceItems()).list.map((item) => item.text)).toEqual(['I am doing enough.']);
  });

  it('writes nothing for an empty plan', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await savePreferenceItems({ set: {}, remove: [] });
    expect(set).not.toHaveBeenCalled();
  });

  it('go to this device when the person keeps preferences here, and move with them both ways', async () => {
    await savePreferenceItems({ set: rest });
    await setPreferencesArea('local');
    expect(await local()).toMatchObject({ preferencesArea: 'local', ...rest });
    await savePreferenceItems({ set: enough });
    expect(await local()).toMatchObject(enough);
    expect(await sync()).not.toHaveProperty('affirmation.m4n5b6v7');
    expect(await loadPreferenceItems()).toMatchObject({ ...rest, ...enough });

    await setPreferencesArea('sync');
    expect(await sync()).toMatchObject({ ...rest, ...enough });
    expect(Object.keys(await local()).filter((key) => key.startsWith('affirmation.'))).toEqual([]);
  });

  it('are refused, unchanged, when a newer Kindly wrote the preferences', async () => {
    await fakeBrowser.storage.sync.set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, ...rest });
    await expect(savePreferenceItems({ remove: Object.keys(rest) })).rejects.toThrow(PreferencesReadOnlyError);
    expect(await sync()).toMatchObject(rest);
  });

  it('a full sync storage is reported as a quota problem', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(savePreferenceItems({ set: rest })).rejects.toBeInstanceOf(StorageQuotaError);
  });

  it('wake preference watchers when they change, here or in another browser', async () => {
    const seen = vi.fn();
    const controller = new AbortController();
    watchPreferenceItems(seen, controller.signal);
    await fakeBrowser.storage.sync.set(rest);
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    controller.abort();
  });

  it('are erased with everything else, in both areas', async () => {
    await fakeBrowser.storage.sync.set({ ...rest, 'appearance.theme': 'dark' });
    await fakeBrowser.storage.local.set({ ...enough, 'journal:2026-03-14': [] });
    await eraseEverything();
    expect(await sync()).toEqual({});
    expect(await local()).toEqual({});
  });

  it('come back from an export after an erase', async () => {
    await fakeBrowser.storage.local.set({ preferencesArea: 'local', ...rest, ...enough });
    const { text } = await exportEverything();
    await eraseEverything();
    expect((await importFromText(text)).ok).toBe(true);
    expect(await local()).toMatchObject({ preferencesArea: 'local', ...rest, ...enough });
  });
});
