import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fire, installWorkerAt, pauseLog, reminderAlarm, sendMessage, storedSchedule } from '../helpers/worker';
import { local } from '../helpers/time-zones';

const monday = (hours: number, minutes = 0) => local(2026, 11, 23, hours, minutes);
const at = (time: number) => vi.setSystemTime(time);

beforeEach(async () => {
  await installWorkerAt(monday(9, 30));
});
afterEach(() => vi.useRealTimers());

describe('the pause log follows the history choice', () => {
  it('with the history off, a pause is taken and the rhythm restarts, but nothing goes into the log', async () => {
    await fire(fakeBrowser.storage.sync.set({ 'history.keep': false }));
    at(monday(10, 10));
    await fire(sendMessage({ kind: 'pause-opened' }));
    expect(await pauseLog()).toEqual([]);
    expect(await storedSchedule()).toMatchObject({ rhythmFrom: monday(10, 10) });
    expect((await reminderAlarm())?.scheduledTime).toBe(monday(11, 10));
  });

  it('with a keep-for, the next entry removes the days that have gone past it, from the journal too', async () => {
    await fakeBrowser.storage.local.set({
      'journal:2026-10-01': [{ at: local(2026, 10, 1, 9) }],
      'pauseLog:2026-10-20': [{ at: local(2026, 10, 20, 9), outcome: 'taken' }],
      'journal:2026-11-20': [{ at: local(2026, 11, 20, 9) }],
    });
    await fire(fakeBrowser.storage.sync.set({ 'history.keepForDays': 30 }));
    at(monday(10, 10));
    await fire(sendMessage({ kind: 'pause-opened' }));
    const kept = Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.includes(':'));
    expect(kept.sort()).toEqual(['journal:2026-11-20', 'pauseLog:2026-11-23']);
    expect(await pauseLog()).toEqual([{ at: monday(10, 10), outcome: 'taken' }]);
  });
});
