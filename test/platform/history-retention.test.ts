import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { removeExpiredHistory } from '../../src/platform/history-retention';
import { local } from '../helpers/time-zones';

const now = local(2026, 3, 31, 9);
const history = {
  'journal:2026-01-10': [{ at: local(2026, 1, 10, 9) }],
  'pauseLog:2026-02-28': [{ at: local(2026, 2, 28, 9), outcome: 'taken' }],
  'journal:2026-03-02': [{ at: local(2026, 3, 2, 9) }],
  'pauseLog:2026-03-31': [{ at: local(2026, 3, 31, 8), outcome: 'away' }],
  schedule: { rhythmFrom: now },
};
const keys = Object.keys(history);

describe('the history kept for a while, when Reflections opens', () => {
  it('removes the days the keep-for has gone past, and says which', async () => {
    await fakeBrowser.storage.local.set(history);
    await fakeBrowser.storage.sync.set({ 'history.keepForDays': 30 });
    expect(await removeExpiredHistory(keys, now)).toEqual(['journal:2026-01-10', 'pauseLog:2026-02-28']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['journal:2026-03-02', 'pauseLog:2026-03-31', 'schedule']);
  });

  it('removes nothing when everything is kept, which is the default', async () => {
    await fakeBrowser.storage.local.set(history);
    expect(await removeExpiredHistory(keys, now)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(history);
  });

  it('follows the keep-for where preferences are kept on this device only', async () => {
    await fakeBrowser.storage.local.set({ ...history, preferencesArea: 'local', 'history.keepForDays': 30 });
    await fakeBrowser.storage.sync.set({ 'history.keepForDays': 365 });
    expect(await removeExpiredHistory(keys, now)).toEqual(['journal:2026-01-10', 'pauseLog:2026-02-28']);
  });
});
