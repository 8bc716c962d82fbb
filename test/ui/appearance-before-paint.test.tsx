import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCE_SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { readPreferenceSnapshot } from '../../src/ui/page-preferences';
import { seedPreferenceSnapshot } from '../helpers/preference-snapshot';

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
    seedPreferenceSnapshot({ 'appearance.theme': 'dark', 'appearance.textSize': 'larger' });
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
