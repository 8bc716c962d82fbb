import type { Page } from 'playwright-core';
import { practices } from '../../src/core/exercises';
import { catalogue } from '../../src/core/exercises/catalogue';
import { readLocale } from '../helpers/messages';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { badgeText, ringReminderNow, setStorage, workerSettled } from './harness/worker-hooks';

/** Active all day, every day, every ten minutes, shown by the badge alone. */
const allDayByBadge = {
  'reminders.activeDays': [0, 1, 2, 3, 4, 5, 6],
  'reminders.activeFrom': '00:00',
  'reminders.activeUntil': '00:00',
  'reminders.everyMinutes': 10,
  'reminders.style': 'badge',
};

async function openPopup(open: (path: string) => Promise<Page>): Promise<Page> {
  const popup = await open('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect.poll(() => popup.locator('.status').count()).toBe(1);
  // The suggestion is in once the last two days of the journal are read.
  await expect.poll(() => popup.locator('.suggested .exercise').count()).toBe(1);
  return popup;
}

/** Presses Tab until focus is on the button whose text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached a control named ${name}`);
}

/** Where the popup's parts end, in px from its top, and how far it scrolls sideways. */
function measure(popup: Page) {
  return popup.evaluate(() => {
    const bottom = (element: Element | null) => element?.getBoundingClientRect().bottom ?? Infinity;
    return {
      status: bottom(document.querySelector('.status')),
      suggestion: bottom(document.querySelector('.suggested .exercise')),
      suggested: document.querySelector('.suggested .exercise__title')?.textContent ?? '',
      places: [...document.querySelectorAll('.bar__links > *')].map(bottom),
      practices: [...document.querySelectorAll('.exercises .practice')].map((group) => ({
        heading: bottom(group.querySelector('h3')),
        first: bottom(group.querySelector('li')),
      })),
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** The status, the suggestion, the top bar's places and every practice's first exercise show in 380×600. */
async function expectAllInView(popup: Page) {
  const bottoms = await measure(popup);
  expect(bottoms.status).toBeLessThanOrEqual(600);
  expect(bottoms.suggestion).toBeLessThanOrEqual(600);
  expect(bottoms.places).toHaveLength(4);
  for (const place of bottoms.places) expect(place).toBeLessThanOrEqual(600);
  // Every practice has its group, but one whose only exercise is the suggestion (which shows it).
  const messages = readLocale('en');
  const suggested = catalogue.find((exercise) => messages[exercise.title]?.message === bottoms.suggested);
  expect(suggested, 'the suggestion is a catalogued exercise').toBeDefined();
  const grouped = practices.filter((practice) => catalogue.some((exercise) => exercise.practice === practice && exercise !== suggested));
  expect(bottoms.practices).toHaveLength(grouped.length);
  for (const practice of bottoms.practices) expect(practice.first, 'the last practice’s first exercise').toBeLessThanOrEqual(600);
  expect(bottoms.sideways).toBe(0);
}

test('at 380×600 the popup shows its status, the suggestion and every practice without scrolling, and never sideways', async ({ extension }) => {
  const popup = await openPopup((path) => extension.openPage(path));
  await expectAllInView(popup);
  for (const name of ['Open a one-minute pause', 'Preferences']) expect(await popup.getByRole('button', { name }).count()).toBe(1);
  expect(await popup.getByRole('link', { name: 'More support' }).count()).toBe(1);
  expect(await axeViolations(popup)).toEqual([]);

  // A waiting reminder takes the status line's place, and everything still fits.
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDayByBadge);
  await workerSettled(worker);
  await ringReminderNow(worker, 10);
  await expect.poll(() => popup.locator('.status').textContent()).toBe('A pause is here');
  await expectAllInView(popup);
});

test('a waiting reminder comes first, and Not now, a snooze or Take it each answer it and clear the badge', async ({ extension }) => {
  const worker = await extension.worker();
  await setStorage(worker, 'sync', allDayByBadge);
  await workerSettled(worker);
  const popup = await openPopup((path) => extension.openPage(path));
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);

  await ringReminderNow(worker, 10);
  await expect.poll(() => badgeText(worker)).toBe('•');
  await expect.poll(() => popup.locator('.status').textContent()).toBe('A pause is here');
  expect(await axeViolations(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => badgeText(worker)).toBe('');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);

  await ringReminderNow(worker, 10);
  await expect.poll(() => badgeText(worker)).toBe('•');
  await popup.getByRole('button', { name: 'Later' }).click();
  await popup.getByRole('button', { name: '5 min', exact: true }).click();
  // The reminder is answered: the dot gives way to the snooze's own mark.
  await expect.poll(() => badgeText(worker)).toBe('zz');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Snoozed\. Next pause at /);

  await ringReminderNow(worker, 10);
  await expect.poll(() => badgeText(worker)).toBe('•');
  const opened = extension.context.waitForEvent('page', (page) => page.url().endsWith('/pause.html'));
  await popup.getByRole('button', { name: 'Take it' }).click();
  await opened;
  await expect.poll(() => badgeText(worker)).toBe('');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);
});

test('keyboard only: from the popup through a short exercise and back to its entry, focus visible all the way', async ({ extension }) => {
  const popup = await openPopup((path) => extension.openPage(path));
  const focusIsOnEntry = (id: string) =>
    popup.evaluate((exercise) => {
      const active = document.activeElement;
      return active instanceof HTMLElement && active.dataset.exercise === exercise && active.matches(':focus-visible');
    }, id);

  // The reminder choices open and close from the keyboard, and focus comes back to their button.
  await tabTo(popup, /^Reminders$/);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('For an hour');
  await popup.keyboard.press('Escape');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');

  // Esc leaves an exercise at once.
  await tabTo(popup, /^Friend check/);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('heading', { name: 'Friend check' }).count()).toBe(1);
  // The runner's title is a calm heading of its own, as in the pause window, not the popup's small capitals.
  const title = await popup.locator('.runner__title').evaluate((heading) => {
    const style = getComputedStyle(heading);
    return { transform: style.textTransform, size: Number.parseFloat(style.fontSize), root: Number.parseFloat(getComputedStyle(document.documentElement).fontSize) };
  });
  expect(title.transform).toBe('none');
  expect(title.size).toBeGreaterThan(title.root);
  await popup.keyboard.press('Escape');
  await expect.poll(() => focusIsOnEntry('friend-check')).toBe(true);

  // A short one, run to its end with the runner's way on, then Close.
  await tabTo(popup, /^Friend check/);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('heading', { name: 'Friend check' }).count()).toBe(1);
  for (let step = 0; step < 12; step += 1) {
    if (await popup.getByRole('button', { name: 'Close' }).count()) break;
    await tabTo(popup, /^(Next|Begin|Continue|Done)$/);
    expect(await popup.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await popup.keyboard.press('Enter');
  }
  await tabTo(popup, /^Close$/);
  await popup.keyboard.press('Enter');
  await expect.poll(() => focusIsOnEntry('friend-check')).toBe(true);
});
