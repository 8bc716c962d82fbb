import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCE_SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { readPreferenceSnapshot } from '../../src/ui/preference-snapshot-store';
import { writePreferenceSnapshot } from '../../src/ui/preference-snapshot-writer';

const root = document.documentElement;

async function runBeforePaintScript() {
  vi.resetModules();
  await import('../../src/ui/appearance-before-paint');
}

beforeEach(() => {
  delete root.dataset.theme;
  delete root.dataset.textSize;
});
afterEach(() => localStorage.clear());

describe('the script every page runs before first paint', () => {
  it('applies the theme and text size the pages last saw', async () => {
    writePreferenceSnapshot({ 'appearance.theme': 'dark', 'appearance.textSize': 'larger' });
    await runBeforePaintScript();
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.textSize).toBe('larger');
  });

  it('leaves the system’s theme and the normal size when nothing was saved', async () => {
    await runBeforePaintScript();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.textSize).toBeUndefined();
  });

  it('ignores a damaged snapshot or values theme.css does not know', async () => {
    localStorage.setItem(PREFERENCE_SNAPSHOT_KEY, '{"appearance.theme": "neon", "appearance.textSize": 4}');
    await runBeforePaintScript();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem(PREFERENCE_SNAPSHOT_KEY, 'not json');
    await runBeforePaintScript();
    expect(root.dataset.theme).toBeUndefined();
    expect(readPreferenceSnapshot()).toBeUndefined();
  });
});

describe('the snapshot store', () => {
  it('keeps the preference items and nothing else', () => {
    expect(readPreferenceSnapshot()).toBeUndefined();
    writePreferenceSnapshot({ 'appearance.theme': 'light', 'reminders.enabled': false, 'journal:2026-11-26': [], schedule: { rhythmFrom: 1 } });
    expect(readPreferenceSnapshot()).toEqual({ 'appearance.theme': 'light', 'reminders.enabled': false });
    writePreferenceSnapshot({});
    expect(readPreferenceSnapshot()).toEqual({});
  });

  it('carries on when localStorage refuses to write', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(() => writePreferenceSnapshot({ 'appearance.theme': 'dark' })).not.toThrow();
    } finally {
      setItem.mockRestore();
    }
  });
});
