import { expect, test } from './harness/fixtures';
import { controlWorker } from './harness/worker';
import { pageSettled, setStorage, simulateUpdate, storageContents, workerSettled } from './harness/worker-hooks';

test('the worker starts, and on a fresh install neither it nor any page writes a preference', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  const options = await extension.openPage('options.html');
  await expect.poll(() => options.locator('.rhythm').textContent()).toMatch(/every 60 minutes, 9:00\sAM to 6:00\sPM, Monday to Friday/);
  const popup = await extension.openPage('popup.html');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);
  const newTab = await extension.openPage('chrome://newtab');
  await expect.poll(() => newTab.locator('.newtab__affirmation').textContent()).toMatch(/\w{3,}/);
  // Whatever the pages or the worker would have written on opening has been written by now.
  for (const page of [options, popup, newTab]) await pageSettled(page);
  await workerSettled(worker);
  expect(await storageContents(worker, 'sync')).toEqual({});
  // Only the device's own reminder schedule is stored, locally.
  expect(Object.keys(await storageContents(worker, 'local'))).toEqual(['schedule']);
});

test('pages show preferences that arrive through sync, and follow them live', async ({ extension }) => {
  const worker = await extension.worker();
  const options = await extension.openPage('options.html');
  await expect.poll(() => options.locator('.rhythm').textContent()).toMatch(/every 60 minutes/);
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 25, 'reminders.activeDays': [0, 6] });
  await expect.poll(() => options.locator('.rhythm').textContent()).toMatch(/every 25 minutes, .* on Saturday and Sunday/);
});

test('on update, unreadable preferences are backed up, reset, and mentioned once', async ({ extension }) => {
  const worker = await extension.worker();
  await workerSettled(worker);
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 'often', 'appearance.theme': 'dark' });
  await simulateUpdate(worker);

  expect(await storageContents(worker, 'sync')).toEqual({ 'appearance.theme': 'dark' });
  expect(await storageContents(worker, 'local')).toMatchObject({
    preferencesBackup: [{ savedAt: expect.any(Number) as number, items: { 'reminders.everyMinutes': 'often' } }],
  });

  const options = await extension.openPage('options.html');
  const notice = options.getByText(/couldn't be read, so they are back to their defaults/);
  await expect.poll(() => notice.count()).toBe(1);
  await options.getByRole('button', { name: 'Got it' }).click();
  await expect.poll(() => notice.count()).toBe(0);
  await options.reload();
  await expect.poll(() => options.locator('.rhythm').count()).toBe(1);
  expect(await notice.count()).toBe(0);
});

test('stopped and started again, the worker comes back with its listeners', async ({ extension }) => {
  const page = await extension.openPage('popup.html');
  const control = await controlWorker(extension, page);
  await control.stop();
  expect(control.status()).toBe('stopped');
  await control.start();
  expect(control.status()).toBe('running');

  const worker = await extension.worker();
  await setStorage(worker, 'sync', { 'reminders.style': 'siren' });
  await simulateUpdate(worker);
  await workerSettled(worker);
  expect(await storageContents(worker, 'sync')).toEqual({});
});
