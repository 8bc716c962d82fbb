import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { dayListKey, isDayListKey } from '../../src/core/day-lists';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { ExtensionSession } from './harness/launch';
import { pageSettled, setStorage, storageContents, workerSettled } from './harness/worker-hooks';

const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();
const nameIt = { exercise: 'name-it', at: at(14, 9), seconds: 62, finished: true, emotions: ['calm', 'grateful'], notes: { 'makes-sense': 'a quiet, slow morning' } };
const friend = { exercise: 'friend-check', at: at(14, 15), seconds: 90, finished: true, notes: { friend: '=You did what you could.' } };
const sigh = { exercise: 'cyclic-sigh', at: at(13, 10), seconds: 40, finished: false };
const journal = { 'journal:2026-03-14': [nameIt, friend], 'journal:2026-03-13': [sigh], 'pauseLog:2026-03-14': [{ at: at(14, 10), outcome: 'taken' }] };

async function openReflections(extension: ExtensionSession, items: Record<string, unknown>): Promise<Page> {
  const worker = await extension.worker();
  await workerSettled(worker);
  await setStorage(worker, 'local', items);
  const page = await extension.openPage('reflections.html');
  await page.getByRole('heading', { name: 'Reflections', level: 1 }).waitFor();
  return page;
}

const titles = (page: Page) => page.locator('.timeline-list h3').allTextContents();
/** The journal's and the pause log's day lists among stored items. */
const historyOf = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([key]) => isDayListKey('journal', key) || isDayListKey('pauseLog', key)));

test('the timeline shows the newest entry with its words, filters, and an edit and a delete with undo persist', async ({ extension }) => {
  const page = await openReflections(extension, journal);
  const worker = await extension.worker();
  await expect.poll(() => titles(page)).toEqual(['Friend check', 'Name it', 'Cyclic sigh']);
  await page.locator('.timeline-list').getByText('Feelings: calm, grateful (Pleasant, little energy)').waitFor();
  await page.locator('.timeline-list').getByText('=You did what you could.').waitFor();

  await page.getByLabel('Practice').selectOption({ label: 'Be here now' });
  await expect.poll(() => titles(page)).toEqual(['Cyclic sigh']);
  await page.getByLabel('Practice').selectOption({ label: 'All' });
  await page.getByLabel('Feelings named').selectOption({ label: 'Pleasant, little energy' });
  await expect.poll(() => titles(page)).toEqual(['Name it']);
  await page.getByLabel('Feelings named').selectOption({ label: 'All' });

  await page.getByRole('button', { name: 'Edit note: It makes sense because' }).click();
  await page.getByRole('textbox', { name: 'It makes sense because' }).fill('the sun was out');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await storageContents(worker, 'local'))['journal:2026-03-14']).toEqual([{ ...nameIt, notes: { 'makes-sense': 'the sun was out' } }, friend]);

  await page.getByRole('button', { name: /^Delete Friend check,/ }).click();
  await expect.poll(async () => (await storageContents(worker, 'local'))['journal:2026-03-14']).toEqual([{ ...nameIt, notes: { 'makes-sense': 'the sun was out' } }]);
  await expect.poll(() => titles(page)).toEqual(['Name it', 'Cyclic sigh']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storageContents(worker, 'local'))['journal:2026-03-14']).toEqual([{ ...nameIt, notes: { 'makes-sense': 'the sun was out' } }, friend]);
  await expect.poll(() => titles(page)).toEqual(['Friend check', 'Name it', 'Cyclic sigh']);

  // A practice done meanwhile (in the popup, say) shows without a reload.
  await setStorage(worker, 'local', { 'journal:2026-03-15': [{ exercise: 'box-breathing', at: at(15, 8), seconds: 60, finished: true }] });
  await expect.poll(async () => (await titles(page))[0]).toBe('Box breathing');
});

test('exports download a CSV and a JSON with the right rows, erase empties the history, and Options imports the JSON back', async ({ extension }) => {
  const page = await openReflections(extension, { ...journal, 'affirmation.own1': { text: 'I am allowed to rest.' } });
  const worker = await extension.worker();
  await expect.poll(() => titles(page)).toHaveLength(3);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^kindly-reflections-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(rows[0]).toBe('Date and time,ISO time,Practice,Exercise,Finished,Seconds,Feelings,Notes,Values');
  expect(rows).toHaveLength(5);
  expect(rows[1]).toContain(`,${new Date(friend.at).toISOString()},Be a good friend to yourself,Friend check,yes,90,,`);
  expect(rows[2]).toContain(`,${new Date(nameIt.at).toISOString()},Name what you feel,Name it,yes,62,calm; grateful,`);
  expect(rows[3]).toContain(`,${new Date(sigh.at).toISOString()},Be here now,Cyclic sigh,no,40,,,`);
  expect(rows[4]).toBe('');
  // The note's own words, after its label: a cell that starts as a formula never reaches a spreadsheet.
  expect(rows[1]).toContain(',What a friend would say: =You did what you could.,');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^kindly-reflections-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toMatchObject({
    format: 'kindly-export',
    version: 1,
    journal: { '2026-03-14': [nameIt, friend], '2026-03-13': [sigh] },
    pauseLog: { '2026-03-14': journal['pauseLog:2026-03-14'] },
  });

  await page.getByRole('button', { name: 'Erase my history…' }).click();
  await page.getByRole('button', { name: 'Yes, erase my history' }).click();
  await page.getByText(/^Nothing here yet/).waitFor();
  await pageSettled(page);
  const left = await storageContents(worker, 'local');
  expect(historyOf(left)).toEqual({});
  expect(left['affirmation.own1']).toEqual({ text: 'I am allowed to rest.' });

  // The JSON holds the history alone: Options' import brings it back and leaves the preferences be.
  await setStorage(worker, 'sync', { 'reminders.everyMinutes': 45 });
  const options = await extension.openPage('options.html');
  await options.getByLabel('Choose a Kindly export file').setInputFiles(await json.path());
  await options.getByText('This file holds your history alone: your preferences stay as they are.').waitFor();
  expect(await options.getByText('Journal entries to add: 3').count()).toBe(1);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByText('Imported. Everything from the file is here now.').waitFor();
  const back = await storageContents(worker, 'local');
  expect(historyOf(back)).toEqual(journal);
  expect(back['affirmation.own1']).toEqual({ text: 'I am allowed to rest.' });
  expect(await storageContents(worker, 'sync')).toEqual({ 'reminders.everyMinutes': 45 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing to fix in the ${colorScheme} theme, the erase confirmation and a note being edited included`, async ({ extension }) => {
    const worker = await extension.worker();
    await workerSettled(worker);
    await setStorage(worker, 'local', { ...journal, 'journal:2026-03-12': ['scribbled'] });
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${extension.extensionId}/reflections.html`);
    await page.getByRole('heading', { name: 'Friend check' }).waitFor();
    await page.getByRole('button', { name: 'Edit note: What a friend would say' }).click();
    await page.getByRole('button', { name: 'Erase my history…' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a corrupted day list shows the valid entries and how many could not be read, and stays as stored', async ({ extension }) => {
  const corrupted = { 'journal:2026-03-14': [nameIt, { exercise: 'name-it', at: 'yesterday' }, 42], 'journal:2026-03-13': 'scribbled over', 'journal:2026-03-12': [friend] };
  const page = await openReflections(extension, corrupted);
  await expect.poll(() => titles(page)).toEqual(['Friend check', 'Name it']);
  await page.getByText(/^3 entries couldn't be read\. They are kept just as they are/).waitFor();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await pageSettled(page);
  const stored = await storageContents(await extension.worker(), 'local');
  for (const [key, value] of Object.entries(corrupted)) expect(stored[key]).toEqual(value);
});

test('four weeks, the vocabulary and the kind words render from the journal, and "Show on my new tab" puts the words on the next new tab', async ({ extension }) => {
  const now = Date.now();
  const words = 'You are doing more than enough today.';
  const recent = [
    { exercise: 'name-it', at: now - 60_000, seconds: 60, finished: true, emotions: ['calm', 'tense'] },
    { exercise: 'friend-check', at: now - 120_000, seconds: 90, finished: true, notes: { friend: words } },
  ];
  const key = dayListKey('journal', now - 60_000);
  const page = await openReflections(extension, { [key]: recent });
  const worker = await extension.worker();

  const chart = page.getByRole('img', { name: /^Chart of the last four weeks\./ });
  await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/check-ins 1, pauses 2\./);
  await page.getByRole('button', { name: 'Show as a table' }).click();
  await page.getByRole('table', { name: /The last four weeks/ }).waitFor();
  const vocabulary = page.getByRole('region', { name: 'Your emotional vocabulary' });
  await expect.poll(() => vocabulary.textContent()).toMatch(/You named 2 different feelings this month\..*All of them are new/);
  await expect.poll(() => vocabulary.textContent()).toMatch(/calm.*tense|tense.*calm/);
  await expect.poll(() => page.getByText(/^You paused 2 times this week\.$/).count()).toBe(1);

  const kind = page.getByRole('region', { name: 'Words you gave yourself' });
  await kind.getByText(words).waitFor();
  await kind.getByRole('button', { name: 'Show on my new tab' }).click();
  await expect.poll(async () => Object.values(await storageContents(worker, 'sync')).some((value) => (value as { text?: string })?.text === words)).toBe(true);
  await kind.getByText('On your new tab').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const sentence = async () => {
    const tab = await extension.context.newPage();
    await tab.goto('chrome://newtab');
    await expect.poll(() => tab.locator('.newtab__affirmation').textContent()).toMatch(/\w{3,}/);
    const text = await tab.locator('.newtab__affirmation').textContent();
    await tab.close();
    return text;
  };
  expect(await sentence()).toBe(words);
  expect(await sentence()).not.toBe(words);
});
