import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { repairPreferences } from '../../src/background/repair-preferences';

const rest = { 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } };
const enough = { 'affirmation.m4n5b6v7': { text: 'I am doing enough.', order: 2 } };

const sync = () => fakeBrowser.storage.sync.get(null);
const local = () => fakeBrowser.storage.local.get(null);

describe('the worker’s repair on update', () => {
  it('keeps own affirmations and backs up only unreadable ones, in whichever area is chosen', async () => {
    const now = Date.UTC(2026, 2, 14, 12);
    for (const area of ['sync', 'local'] as const) {
      await fakeBrowser.storage.sync.clear();
      await fakeBrowser.storage.local.clear();
      const stored = { ...rest, ...enough, 'affirmation.brokenone': { text: '', order: 3 } };
      if (area === 'sync') await fakeBrowser.storage.sync.set(stored);
      else await fakeBrowser.storage.local.set({ preferencesArea: 'local', ...stored });
      await repairPreferences(now);
      const after = area === 'sync' ? await sync() : await local();
      expect(after).toMatchObject({ ...rest, ...enough });
      expect(after).not.toHaveProperty('affirmation.brokenone');
      expect((await local()).preferencesBackup).toEqual([{ savedAt: now, items: { 'affirmation.brokenone': { text: '', order: 3 } } }]);
    }
  });
});
