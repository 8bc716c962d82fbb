import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { parsePreferences, type ParsedPreferences } from '../../src/core/preferences';
import { PreferencesReadOnlyError } from '../../src/platform/storage-errors';
import { loadPreferenceItems, watchPreferenceItems } from '../../src/platform/preferences-reader';
import { savePreferenceItems, savePreferences } from '../../src/platform/preferences-store';
import { SYNC_QUOTA } from '../../src/core/sync-quota';

describe('preferences store', () => {
  it('loads the defaults from empty storage', async () => {
    const parsed = parsePreferences(await loadPreferenceItems());
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
    watchPreferenceItems((items) => seen.push(parsePreferences(items)), controller.signal);
    // As if another browser's change arrived through sync.
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 20 });
    await vi.waitFor(() => expect(seen.at(-1)?.preferences.reminders.everyMinutes).toBe(20));
    controller.abort();
    // A watcher that starts after the stopped one hears of the next change after it would have.
    const witness = new AbortController();
    const witnessed = new Promise((resolve) => watchPreferenceItems(resolve, witness.signal));
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 25 });
    await witnessed;
    witness.abort();
    expect(seen.map((parsed) => parsed.preferences.reminders.everyMinutes)).toEqual([20]);
  });

  describe('with storage.sync holding as many items as it allows', () => {
    /** Sync full to its 512 items; set refuses a new item as Chromium 156 does (an existing one it takes). */
    async function fillSync(marker: Record<string, unknown>) {
      const items: Record<string, unknown> = { ...marker, 'reminders.sound': false };
      for (let i = 0; Object.keys(items).length < SYNC_QUOTA.maxItems; i++) items[`affirmation.${String(i).padStart(8, '0')}`] = { text: `Kind words ${i}`, order: i };
      await fakeBrowser.storage.sync.set(items);
      const area = fakeBrowser.storage.sync as { set(items: Record<string, unknown>): Promise<void> };
      const set = area.set.bind(area);
      return vi.spyOn(area, 'set').mockImplementation(async (changes) => {
        const stored = await fakeBrowser.storage.sync.get(null);
        if (Object.keys({ ...stored, ...changes }).length > SYNC_QUOTA.maxItems) throw new Error('Resource::kMaxItems quota exceeded');
        await set(changes);
      });
    }

    it('still removes an item, and puts a preference back to its default, when nothing marks the version', async () => {
      await fillSync({});
      await savePreferenceItems({ remove: ['affirmation.00000007'] });
      await savePreferences({ 'reminders.sound': true });
      const stored = await fakeBrowser.storage.sync.get(null);
      expect(stored['affirmation.00000007']).toBeUndefined();
      expect(stored['reminders.sound']).toBeUndefined();
    });

    it('removes with one operation when the version is marked already', async () => {
      const set = await fillSync({ schemaVersion: CURRENT_SCHEMA_VERSION });
      await savePreferenceItems({ remove: ['affirmation.00000007'] });
      await savePreferences({ 'reminders.sound': true });
      expect(set).not.toHaveBeenCalled();
      expect((await fakeBrowser.storage.sync.get(null))['reminders.sound']).toBeUndefined();
    });
  });

  it('marks data without a schema version with the first value it sets', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.sound': false });
    await savePreferences({ 'reminders.sound': true });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await savePreferences({ 'reminders.everyMinutes': 45 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 45, schemaVersion: CURRENT_SCHEMA_VERSION });
  });
});
