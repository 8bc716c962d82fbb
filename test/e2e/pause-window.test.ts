import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { journalIn } from './harness/worker-hooks';

test('a popped-out Name it has the room it was asked for, with Continue in view', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByRole('button', { name: /Name it/ }).first().click();
  await popup.getByRole('button', { name: 'Begin' }).click();
  await popup.getByRole('radio', { name: 'Unpleasant, lots of energy' }).check();
  await popup.getByRole('button', { name: 'worried', exact: true }).click();
  await popup.getByRole('button', { name: 'stressed', exact: true }).click();
  const opened = extension.context.waitForEvent('page', (page) => page.url().includes('/pause.html?exercise=name-it'));
  await popup.getByRole('button', { name: 'Pop out' }).click();
  const pause = await opened;
  await expect.poll(() => pause.getByRole('button', { pressed: true }).count()).toBe(2);
  // Headless Chromium draws no frame, so what can be checked is the room inside and what is in it.
  const size = await pause.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  expect(size.height).toBeGreaterThanOrEqual(600);
  expect(size.width).toBeGreaterThanOrEqual(440);
  const inView = async (height: number) => {
    const box = (await pause.getByRole('button', { name: 'Continue' }).boundingBox())!;
    return box.y >= 0 && box.y + box.height <= height;
  };
  expect(await inView(size.height)).toBe(true);
  // Even with only the 530 px a framed window asked for 600 would leave, Continue stays in view.
  await pause.setViewportSize({ width: 440, height: 530 });
  await pause.getByRole('button', { name: 'More words' }).click();
  expect(await pause.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(530);
  expect(await inView(530)).toBe(true);
});

test('the pause window ends with a choice: one more minute, another practice, or Close', async ({ extension }) => {
  const pause = await extension.openPage('pause.html');
  await pause.getByRole('button', { name: 'Finish now' }).click();
  const close = pause.getByRole('button', { name: 'Close' });
  await expect.poll(() => close.evaluate((button) => button === document.activeElement)).toBe(true);
  // Close is the one filled button; the others are lighter.
  const filled = await pause.locator('main button').evaluateAll((buttons) => buttons.filter((button) => getComputedStyle(button).backgroundColor !== 'rgba(0, 0, 0, 0)').map((button) => button.textContent));
  expect(filled).toEqual(['Close']);
  expect(await axeViolations(pause)).toEqual([]);

  await pause.getByRole('button', { name: 'One more minute' }).click();
  // The breathing starts again from its settling line, which waits for Begin.
  await pause.getByRole('button', { name: 'Begin' }).waitFor();
  await pause.getByRole('button', { name: 'Finish now' }).click();

  // By keyboard: the short list opens from its toggle, and a practice starts here.
  await pause.getByRole('button', { name: 'Another practice' }).focus();
  await pause.keyboard.press('Enter');
  await expect.poll(() => pause.getByRole('button', { name: 'Another practice' }).getAttribute('aria-expanded')).toBe('true');
  await pause.keyboard.press('Tab');
  await expect.poll(() => pause.evaluate(() => document.activeElement?.textContent)).toBe('Cyclic sigh');
  await pause.getByRole('button', { name: 'Name it' }).click();
  await expect.poll(() => pause.getByRole('heading', { level: 1 }).textContent()).toBe('Name it');
  expect(await pause.title()).toBe('Name it');

  const worker = await extension.worker();
  const journal = async () => (await journalIn(worker)).map((entry) => entry.exercise);
  await expect.poll(journal).toEqual(['coherent-breathing', 'coherent-breathing']);
});
