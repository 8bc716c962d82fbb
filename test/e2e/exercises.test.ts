import { exercises } from '../../src/core/exercises';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { pageSettled, storageContents } from './harness/worker-hooks';

test('the popup shows the next pause and every exercise', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);
  // The suggestion and the list below it: every exercise once.
  await expect.poll(() => popup.locator('main .exercise').count()).toBe(exercises.length);
  expect(await axeViolations(popup)).toEqual([]);
});

test('the exercises marked as favourites in Options come first in the popup', async ({ extension }) => {
  const options = await extension.openPage('options.html');
  const exercisesSection = options.getByRole('region', { name: 'Exercises' });
  await exercisesSection.getByRole('group', { name: 'Values compass' }).getByRole('checkbox', { name: 'Favourite' }).check();
  await expect.poll(async () => (await storageContents(await extension.worker(), 'sync'))['exercises.favourites']).toEqual(['values-compass']);
  const popup = await extension.openPage('popup.html');
  const list = popup.getByRole('region', { name: 'All exercises' });
  await expect.poll(() => list.locator('h3').first().textContent()).toBe('Your favourites');
  expect(await list.locator('.practice').first().locator('.exercise__title').allTextContents()).toEqual(['Values compass']);
  expect(await popup.getByRole('button', { name: /Values compass/ }).count()).toBe(1);
});

test('starting even breathing runs the pacer, and the runner has no accessibility violations', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Even breathing/ }).first().click();
  await expect.poll(() => popup.getByRole('progressbar').count()).toBe(1);
  await popup.getByRole('button', { name: 'Skip step' }).click();
  await expect.poll(() => popup.locator('main').textContent()).toMatch(/Breathe in/);
  expect(await axeViolations(popup)).toEqual([]);
});

test('a short exercise runs to its end and its journal entry is stored on this device only', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Soothing touch/ }).first().click();
  // The runner arrives as a chunk of its own.
  await expect.poll(() => popup.getByRole('heading', { name: 'Soothing touch' }).count()).toBe(1);
  const skip = popup.getByRole('button', { name: 'Skip step' });
  while (await skip.count()) await skip.click();
  await expect.poll(() => popup.getByRole('button', { name: 'Close' }).count()).toBe(1);
  const worker = await extension.worker();
  const journal = async () =>
    Object.entries(await storageContents(worker, 'local'))
      .filter(([key]) => key.startsWith('journal:'))
      .flatMap(([, entries]) => entries as { exercise: string; finished: boolean }[]);
  await expect.poll(journal).toEqual([expect.objectContaining({ exercise: 'soothing-touch', finished: true })]);
  await pageSettled(popup);
  expect(Object.keys(await storageContents(worker, 'sync')).filter((key) => key.startsWith('journal'))).toEqual([]);
});

test('two popups and a pause window finishing at the same moment keep three journal entries', async ({ extension }) => {
  const pages = [await extension.openPage('popup.html'), await extension.openPage('popup.html'), await extension.openPage('pause.html?exercise=soothing-touch')];
  for (const page of pages.slice(0, 2)) await page.getByRole('button', { name: /Soothing touch/ }).first().click();
  for (const page of pages) await page.getByRole('button', { name: 'Skip step' }).click();
  // Each page is on the last step; all three finish in the same moment.
  const skip = (label: string) => [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.click();
  await Promise.all(pages.map((page) => page.evaluate(skip, 'Skip step')));
  // Said only once the page's entry is stored.
  await Promise.all(pages.map((page) => expect.poll(() => page.getByText('Noted in your journal').count()).toBe(1)));
  const stored = await storageContents(await extension.worker(), 'local');
  const entries = Object.entries(stored)
    .filter(([key]) => key.startsWith('journal:'))
    .flatMap(([, list]) => list as { exercise: string }[]);
  expect(entries.map((entry) => entry.exercise)).toEqual(['soothing-touch', 'soothing-touch', 'soothing-touch']);
});

test('pop out moves a running exercise to the pause window on the same step', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Name it/ }).first().click();
  await popup.getByRole('button', { name: 'Skip step' }).click();
  const stepText = await popup.getByRole('progressbar').getAttribute('aria-valuetext');
  const opened = extension.context.waitForEvent('page', (page) => page.url().includes('/pause.html?exercise=name-it&step=1'));
  await popup.getByRole('button', { name: 'Pop out' }).click();
  const pause = await opened;
  await expect.poll(() => pause.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(stepText);
  expect(await axeViolations(pause)).toEqual([]);
});

test('with reduced motion, nothing animates while breathing', async ({ extension }) => {
  const page = await extension.openPage('pause.html?exercise=coherent-breathing&step=1');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect.poll(() => page.locator('main').textContent()).toMatch(/Breathe in/);
  await page.waitForFunction(() => document.readyState === 'complete');
  const moving = await page.evaluate(() => ({
    animations: document.getAnimations().filter((animation) => animation.playState === 'running').length,
    transforms: [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => getComputedStyle(element).transform !== 'none').length,
    transitions: [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => /transform/.test(getComputedStyle(element).transitionProperty) && getComputedStyle(element).transitionDuration !== '0s').length,
  }));
  expect(moving).toEqual({ animations: 0, transforms: 0, transitions: 0 });
});
