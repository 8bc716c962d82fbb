import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { PREFERENCES_AREA_KEY, SCHEMA_VERSION_KEY } from '../../src/core/storage-keys';
import { followPreferences, readPreferenceSnapshot } from '../../src/ui/page-preferences';

afterEach(() => localStorage.clear());

/** Follows until the callback has seen `until`, then stops. */
async function follow(until: (items: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
  const seen: Record<string, unknown>[] = [];
  const controller = new AbortController();
  followPreferences((items) => seen.push(items), controller.signal);
  await vi.waitFor(() => expect(seen.some(until)).toBe(true));
  controller.abort();
  return seen;
}

describe("the pages' preferences", () => {
  it('are followed from the area this device uses, and every read leaves the snapshot the next page paints from', async () => {
    expect(readPreferenceSnapshot()).toBeUndefined();
    await fakeBrowser.storage.sync.set({ 'appearance.theme': 'dark', lastPauseAt: 1, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION });
    await fakeBrowser.storage.local.set({ 'journal:2026-11-26': [], schedule: { rhythmFrom: 1 } });
    await follow((items) => items['appearance.theme'] === 'dark');
    // Preference items only: not the time of the last pause, the journal or the schedule.
    expect(readPreferenceSnapshot()).toEqual({ 'appearance.theme': 'dark', [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION });
  });

  it('follow a change here or from another browser, and a move to preferences kept on this device', async () => {
    const seen: Record<string, unknown>[] = [];
    const controller = new AbortController();
    followPreferences((items) => seen.push(items), controller.signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ 'reminders.everyMinutes': 45 }));
    await fakeBrowser.storage.local.set({ [PREFERENCES_AREA_KEY]: 'local', 'reminders.everyMinutes': 25 });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ 'reminders.everyMinutes': 25 }));
    expect(readPreferenceSnapshot()).toMatchObject({ 'reminders.everyMinutes': 25 });
    controller.abort();
  });

  it('still reach the page when localStorage refuses the snapshot', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await fakeBrowser.storage.sync.set({ 'appearance.theme': 'dark' });
      await follow((items) => items['appearance.theme'] === 'dark');
    } finally {
      setItem.mockRestore();
    }
  });
});
