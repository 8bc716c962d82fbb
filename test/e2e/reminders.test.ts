import { plannedPauseAt } from '../../src/core/reminders/next-pause';
import { defaultPreferences } from '../../src/core/preferences';
import type { ScheduleState } from '../../src/core/reminders/schedule-state';
import { expect, test } from './harness/fixtures';
import { controlWorker } from './harness/worker';
import {
  badgeText,
  clickNotificationButton,
  dispatchCommand,
  dispatchIdleState,
  journalIn,
  notificationIds,
  pageSettled,
  reminderAlarmTime,
  ringReminderNow,
  setStorage,
  storageContents,
  workerSettled,
  type WorkerGlobals,
} from './harness/worker-hooks';

const MINUTE = 60_000;
/** Active all day, every day, every ten minutes: the same at whatever hour the tests run. */
const allDay = {
  'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6],
  'reminders.activeFrom': '00:00',
  'reminders.activeUntil': '00:00',
  'reminders.everyMinutes': 10,
};

test('after install, one alarm is set for the next pause', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  const { schedule } = (await storageContents(worker, 'local')) as { schedule: ScheduleState };
  const expected = plannedPauseAt(defaultPreferences.reminders, schedule);
  expect(expected).not.toBeNull();
  expect(await reminderAlarmTime(worker)).toBeCloseTo(expected ?? 0, -3);
});

test('the alarm shows one notification; its first button opens the pause window and records the pause', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  await ringReminderNow(worker, 10);
  await expect.poll(() => notificationIds(worker)).toEqual(['kindly-pause']);

  const opened = extension.context.waitForEvent('page', (page) => page.url().endsWith('/pause.html'));
  await clickNotificationButton(worker, 0);
  const pause = await opened;
  await expect.poll(() => pause.locator('h1').count()).toBe(1);

  await expect.poll(async () => Object.keys(await storageContents(worker, 'local')).some((key) => key.startsWith('pauseLog:'))).toBe(true);
  await expect.poll(() => notificationIds(worker)).toEqual([]);
  await expect.poll(async () => (await storageContents(worker, 'sync')).lastPauseAt).toEqual(expect.any(Number));
  const alarm = await reminderAlarmTime(worker);
  expect((alarm ?? 0) - Date.now()).toBeGreaterThan(9 * MINUTE);
});

test('the second button snoozes for 15 minutes and the badge says so', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  await ringReminderNow(worker, 10);
  await expect.poll(() => notificationIds(worker)).toEqual(['kindly-pause']);
  await clickNotificationButton(worker, 1);
  await workerSettled(worker);
  expect(await notificationIds(worker)).toEqual([]);
  expect(await badgeText(worker)).toBe('zz');
  const alarm = (await reminderAlarmTime(worker)) ?? 0;
  expect(alarm - Date.now()).toBeGreaterThan(14 * MINUTE);
  expect(alarm - Date.now()).toBeLessThanOrEqual(15 * MINUTE);
});

test('stopping the worker loses nothing: the same schedule, alarm and single notification after it restarts', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  await ringReminderNow(worker, 10);
  await expect.poll(() => notificationIds(worker)).toEqual(['kindly-pause']);
  await workerSettled(worker);
  const before = { local: await storageContents(worker, 'local'), alarm: await reminderAlarmTime(worker) };

  const page = await extension.openPage('popup.html');
  const control = await controlWorker(extension, page);
  await control.stop();
  await control.start();
  await workerSettled(worker);

  expect(await storageContents(worker, 'local')).toEqual(before.local);
  expect(await reminderAlarmTime(worker)).toBe(before.alarm);
  expect(await notificationIds(worker)).toEqual(['kindly-pause']);
});

test('time away is rest: idle, then active, restarts the rhythm from the return', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  await dispatchIdleState(worker, 'locked');
  await workerSettled(worker);
  expect(await reminderAlarmTime(worker)).toBeUndefined();
  await dispatchIdleState(worker, 'active');
  await workerSettled(worker);
  const alarm = (await reminderAlarmTime(worker)) ?? 0;
  expect(alarm - Date.now()).toBeGreaterThan(9 * MINUTE);
  const log = Object.entries(await storageContents(worker, 'local')).filter(([key]) => key.startsWith('pauseLog:'));
  expect(log.flatMap(([, entries]) => entries as { outcome: string }[]).map((entry) => entry.outcome)).toEqual(['away']);
});

test('the popup offers snooze only for a waiting reminder, and snoozing postpones it', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  const popup = await extension.openPage('popup.html');
  // Ten minutes away; from 23:50 that is tomorrow, said by its day instead of the minutes.
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause (at .* · in (9|10) min|\S+ at .*)$/);
  // Nothing is waiting: nothing to snooze, so no control can bring the pause forward.
  expect(await popup.getByRole('button', { name: '30 min', exact: true }).count()).toBe(0);
  const planned = (await reminderAlarmTime(worker)) ?? 0;

  await ringReminderNow(worker, 10);
  await expect.poll(() => popup.locator('.status').textContent()).toBe('A pause is here');
  await popup.getByRole('button', { name: 'Later' }).click();
  await popup.getByRole('button', { name: '30 min', exact: true }).click();
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Snoozed\. Next pause at /);
  expect(await badgeText(worker)).toBe('zz');
  const snoozedTo = (await reminderAlarmTime(worker)) ?? 0;
  expect(snoozedTo - Date.now()).toBeGreaterThan(29 * MINUTE);
  expect(snoozedTo).toBeGreaterThan(planned);
  await popup.getByRole('button', { name: 'Reminders' }).click();
  await popup.getByRole('button', { name: 'Until I resume' }).click();
  await expect.poll(() => popup.locator('.status').textContent()).toBe('Reminders are paused until you resume them.');
  expect(await badgeText(worker)).toBe('off');
  expect(await reminderAlarmTime(worker)).toBeUndefined();
});

test('the keyboard shortcut opens the pause window, which breathes the default pattern and goes into the journal', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', { 'exercises.breathingPattern': 'box' });
  await workerSettled(worker);
  const opened = extension.context.waitForEvent('page', (page) => page.url().endsWith('/pause.html'));
  await dispatchCommand(worker, 'start-pause');
  const pause = await opened;
  await expect.poll(() => pause.locator('h1').textContent()).toBe('A minute for you');
  await expect.poll(() => pause.locator('h2').textContent()).toBe('Box breathing');
  await pause.getByRole('button', { name: 'Finish now' }).click();
  await expect.poll(() => pause.getByRole('button', { name: 'Your pause is in your journal' }).count()).toBe(1);
  expect((await journalIn(worker)).map((entry) => entry.exercise)).toEqual(['box-breathing']);
});

test('a reminder waits while the focused window is fullscreen', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDay);
  await workerSettled(worker);
  const page = await extension.openPage('options.html');
  await page.bringToFront();
  const state = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { windows: { getLastFocused(): Promise<{ id: number }>; update(id: number, info: object): Promise<{ state: string }> } };
    };
    const window = await chrome.windows.getLastFocused();
    return (await chrome.windows.update(window.id, { state: 'fullscreen' })).state;
  });
  expect(state).toBe('fullscreen');
  await ringReminderNow(worker, 10);
  await expect.poll(async () => ((await reminderAlarmTime(worker)) ?? 0) - Date.now()).toBeGreaterThan(2 * MINUTE);
  expect(await notificationIds(worker)).toEqual([]);
  expect(((await reminderAlarmTime(worker)) ?? 0) - Date.now()).toBeLessThanOrEqual(3 * MINUTE);
});

/** Active hours that begin two hours from now and last two: the tests are outside them, whatever the hour. */
function laterToday(): Record<string, unknown> {
  const clock = (at: number) => {
    const date = new Date(at);
    return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  };
  return { ...allDay, 'reminders.activeFrom': clock(Date.now() + 120 * MINUTE), 'reminders.activeUntil': clock(Date.now() + 240 * MINUTE) };
}

test('outside the active hours nothing can be snoozed; a reminder still up, snoozed, comes back in the coming hours’ rhythm', async ({ extension }) => {
  const worker = await extension.worker();
  const prefs = laterToday();
  await setStorage(worker, 'sync', prefs);
  await workerSettled(worker);
  const popup = await extension.openPage('popup.html');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause (at|\w+ at) /);
  expect(await popup.getByRole('button', { name: '5 min', exact: true }).count()).toBe(0);
  const reminders = { ...defaultPreferences.reminders, activeFrom: prefs['reminders.activeFrom'] as string, activeUntil: prefs['reminders.activeUntil'] as string, everyMinutes: 10, activeDays: [0, 1, 2, 3, 4, 5, 6] };

  // A reminder from the end of the last active hours is still up when the person snoozes it.
  await setStorage(worker, 'local', { schedule: { rhythmFrom: Date.now() - MINUTE, shownAt: Date.now() - MINUTE } });
  await expect.poll(() => popup.locator('.status').textContent()).toBe('A pause is here');
  await popup.getByRole('button', { name: 'Later' }).click();
  await popup.getByRole('button', { name: '5 min', exact: true }).click();
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause (at|\w+ at) /);
  await workerSettled(worker);
  const { schedule } = (await storageContents(worker, 'local')) as { schedule: ScheduleState };
  const expected = plannedPauseAt(reminders, schedule) ?? 0;
  // The snooze lapsed outside active time: the coming hours start their usual rhythm, today.
  expect(expected - Date.now()).toBeGreaterThan(125 * MINUTE);
  expect(expected - Date.now()).toBeLessThan(135 * MINUTE);
  expect(await reminderAlarmTime(worker)).toBeCloseTo(expected, -3);
});

test('a test reminder in the pause-window style opens a test pause: no pause recorded, rhythm unchanged, nothing sent to sync', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', { ...allDay, 'reminders.style': 'window' });
  await workerSettled(worker);
  const before = { local: await storageContents(worker, 'local'), alarm: await reminderAlarmTime(worker) };
  const options = await extension.openPage('options.html');
  const opened = extension.context.waitForEvent('page', (page) => page.url().endsWith('/pause.html?test=1'));
  await options.getByRole('button', { name: 'Send a test reminder' }).click();
  const pause = await opened;
  await expect.poll(() => pause.getByText(/This is a test reminder/).count()).toBe(1);
  await pause.getByRole('button', { name: 'Finish now' }).click();
  await expect.poll(() => pause.getByRole('button', { name: 'Close' }).count()).toBe(1);
  await pageSettled(pause);
  await workerSettled(worker);
  expect(await storageContents(worker, 'local')).toEqual(before.local);
  expect(await reminderAlarmTime(worker)).toBe(before.alarm);
  expect(await storageContents(worker, 'sync')).toEqual({ ...allDay, 'reminders.style': 'window' });
});

test('one pause window at a time: the shortcut and the popup bring the open one forward', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  const pauseTabs = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      return (await chrome.tabs.query({ url: `${chrome.runtime.getURL('pause.html')}*` })).length;
    });
  const opened = extension.context.waitForEvent('page', (page) => page.url().endsWith('/pause.html'));
  await dispatchCommand(worker, 'start-pause');
  await opened;
  await dispatchCommand(worker, 'start-pause');
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: 'Open a one-minute pause' }).click();
  await workerSettled(worker);
  expect(await pauseTabs()).toBe(1);
});

