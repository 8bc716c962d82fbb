import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { pageSettled, reminderAlarmTime, setStorage, storageContents, workerSettled } from './harness/worker-hooks';

const MINUTE = 60_000;
const entry = { exercise: 'name-it', at: Date.UTC(2026, 2, 14, 10), seconds: 40, finished: true, emotions: ['calm'] };
const pause = { at: Date.UTC(2026, 2, 14, 11), outcome: 'taken' };
/** Active all day, every day: the same at whatever hour the tests run. */
const allDay = { 'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6], 'reminders.activeFrom': '00:00', 'reminders.activeUntil': '00:00' };

/** Everything but the worker's own schedule, which starts afresh after an erase. */
const withoutSchedule = ({ schedule: _schedule, ...rest }: Record<string, unknown>) => rest;

test('export, erase and import in the options page give back everything', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 30, 'appearance.theme': 'dark', schemaVersion: 1 });
  await setStorage(worker, 'local', { 'journal:2026-03-14': [entry], 'pauseLog:2026-03-14': [pause] });
  await workerSettled(worker);
  const before = { sync: await storageContents(worker, 'sync'), local: withoutSchedule(await storageContents(worker, 'local')) };

  const options = await extension.openPage('options.html');
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kindly-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await options.getByRole('button', { name: 'Erase everything…' }).click();
  await expect.poll(() => options.getByRole('group', { name: 'Erase everything?' }).textContent()).toMatch(/journal.*pause history.*schedule/);
  expect(await axeViolations(options)).toEqual([]);
  await options.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect.poll(() => storageContents(worker, 'sync')).toEqual({});
  // The worker starts a fresh schedule straight away; nothing else is left.
  await expect.poll(async () => Object.keys(await storageContents(worker, 'local'))).toEqual(['schedule']);

  await options.getByLabel('Choose a Kindly export file').setInputFiles(file);
  await expect.poll(() => options.getByText('Journal entries to add: 1').count()).toBe(1);
  expect(await axeViolations(options)).toEqual([]);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => options.getByText('Imported. Everything from the file is here now.').count()).toBe(1);
  expect(await storageContents(worker, 'sync')).toEqual(before.sync);
  expect(withoutSchedule(await storageContents(worker, 'local'))).toEqual(before.local);
});

test('a file that is not a Kindly export is named as such and changes nothing', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 30 });
  await workerSettled(worker);
  const before = { sync: await storageContents(worker, 'sync'), local: await storageContents(worker, 'local') };
  const options = await extension.openPage('options.html');
  await options.getByLabel('Choose a Kindly export file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "notes"}') });
  await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('alert').textContent()).toBe("This file isn't a Kindly export. Nothing was changed.");
  await pageSettled(options);
  expect(await storageContents(worker, 'sync')).toEqual(before.sync);
  expect(await storageContents(worker, 'local')).toEqual(before.local);
});

test('keeping preferences on this device moves them to storage.local, and the worker follows them there', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  await setStorage(worker, 'sync', { ...allDay, 'reminders.everyMinutes': 20 });
  await workerSettled(worker);
  const options = await extension.openPage('options.html');
  await options.getByRole('radio', { name: 'On this device only' }).check();
  await expect.poll(() => storageContents(worker, 'local')).toMatchObject({ ...allDay, 'reminders.everyMinutes': 20, preferencesArea: 'local' });
  // The copy in sync stays for the person's other browsers.
  expect(await storageContents(worker, 'sync')).toEqual({ ...allDay, 'reminders.everyMinutes': 20 });

  // From now on the rhythm comes from this device: a change here moves the alarm, one in sync doesn't.
  await setStorage(worker, 'local', { 'reminders.everyMinutes': 120 });
  await expect.poll(async () => ((await reminderAlarmTime(worker)) ?? 0) - Date.now()).toBeGreaterThan(100 * MINUTE);
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 10 });
  await workerSettled(worker);
  expect(((await reminderAlarmTime(worker)) ?? 0) - Date.now()).toBeGreaterThan(100 * MINUTE);

  await options.getByRole('radio', { name: 'Across my browsers' }).check();
  await expect.poll(() => storageContents(worker, 'sync')).toEqual({ ...allDay, 'reminders.everyMinutes': 120 });
  expect(await storageContents(worker, 'local')).not.toHaveProperty('preferencesArea');
});

test('an 11 MB import that this device has no room for is measured first: nothing changes, in sync or here', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  const own = { 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } };
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 30, ...own, schemaVersion: 1 });
  await setStorage(worker, 'local', { 'journal:2026-03-14': [entry] });
  await workerSettled(worker);
  const before = { sync: await storageContents(worker, 'sync'), local: await storageContents(worker, 'local') };

  // A valid export, preferences kept in sync, with about 11 MB of journal notes.
  const notes = Array.from({ length: 1_100 }, (_, index) => ({ ...entry, at: entry.at + index + 1, notes: { why: 'w'.repeat(10_000) } }));
  const file = {
    format: 'kindly-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    preferences: { 'reminders.everyMinutes': 90, schemaVersion: 1 },
    preferencesArea: 'sync',
    journal: { '2026-03-14': notes },
    pauseLog: {},
  };
  const options = await extension.openPage('options.html');
  await options.getByLabel('Choose a Kindly export file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const data = options.getByRole('region', { name: 'Your data' });
  await expect.poll(() => data.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^There isn't room for this file on this device: it needs about 1\d MB more, and [\d.]+ MB is free\. Nothing was changed\.$/);
  expect(await data.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  await pageSettled(options);
  expect(await storageContents(worker, 'sync')).toEqual(before.sync);
  expect(await storageContents(worker, 'local')).toEqual(before.local);
});
