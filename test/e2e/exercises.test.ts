import { exercises } from '../../src/core/exercises';
import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { readThroughFriendCheck } from './harness/friend-check';
import { journalIn, pageSettled, storageContents } from './harness/worker-hooks';

test('the popup shows the next pause and every exercise', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Next pause /);
  // The suggestion and the list below it: every exercise once, those past a practice's first
  // three one press away (the "N more" row).
  await expect.poll(() => popup.locator('main .exercise--more').count()).toBeGreaterThan(0);
  while ((await popup.locator('main .exercise--more').count()) > 0) await popup.locator('main .exercise--more').first().click();
  await expect.poll(() => popup.locator('main .exercise[data-exercise]').count()).toBe(exercises.length);
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
  await popup.getByRole('button', { name: 'Begin' }).click();
  await expect.poll(() => popup.locator('main').textContent()).toMatch(/Breathe in/);
  expect(await axeViolations(popup)).toEqual([]);
});

test('a short exercise runs to its end and its journal entry is stored on this device only', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await readThroughFriendCheck(popup);
  await expect.poll(() => popup.getByRole('button', { name: 'Close' }).count()).toBe(1);
  const worker = await extension.worker();
  const journal = () => journalIn(worker);
  await expect.poll(journal).toEqual([expect.objectContaining({ exercise: 'friend-check', finished: true })]);
  await pageSettled(popup);
  expect(Object.keys(await storageContents(worker, 'sync')).filter((key) => key.startsWith('journal'))).toEqual([]);
});

test('two popups and a pause window finishing at the same moment keep three journal entries', async ({ extension }) => {
  const pages = [await extension.openPage('popup.html'), await extension.openPage('popup.html'), await extension.openPage('pause.html?exercise=friend-check')];
  for (const page of pages) {
    // Each in front in its turn, as a person moving between windows would have it.
    await page.bringToFront();
    if (!page.url().includes('pause.html')) await page.getByRole('button', { name: /Friend check/ }).first().click();
    await page.getByRole('button', { name: 'Begin' }).click();
    const next = page.getByRole('button', { name: 'Next' });
    while (await next.count()) await next.click();
  }
  // Each page is on the last step; all three finish in the same moment.
  const press = (label: string) => [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.click();
  await Promise.all(pages.map((page) => page.evaluate(press, 'Done')));
  // Said only once the page's entry is stored.
  await Promise.all(pages.map((page) => expect.poll(() => page.getByRole('button', { name: 'Your pause is in your journal' }).count()).toBe(1)));
  const entries = await journalIn(await extension.worker());
  expect(entries.map((entry) => entry.exercise)).toEqual(['friend-check', 'friend-check', 'friend-check']);
});

test('a practice of lines to read runs by keyboard alone in a 380×600 popup, focus always visible, to a closing that says what was kept', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const focusVisible = () => popup.evaluate(() => document.activeElement?.matches(':focus-visible') ?? false);
  // Tab to the practice in the list, however the list is laid out.
  for (let tabs = 0; tabs < 60 && !/^Friend check/.test(await focused()); tabs++) await popup.keyboard.press('Tab');
  expect(await focused()).toMatch(/^Friend check/);
  await popup.keyboard.press('Enter');
  await expect.poll(focused).toBe('Friend check');
  await popup.keyboard.press('Tab');
  expect(await focused()).toBe('Begin');
  expect(await focusVisible()).toBe(true);
  await popup.keyboard.press('Enter');
  // Each line waits for Next; focus stays on the way on, so Enter after Enter reads through.
  for (const line of [/a good friend in the same spot/, /Notice how that compares/, /offer yourself those same words/]) {
    await expect.poll(() => popup.locator('.runner__step').textContent()).toMatch(line);
    await expect.poll(focused).toBe('Next');
    expect(await focusVisible()).toBe(true);
    await popup.keyboard.press('Enter');
  }
  // The note's box takes focus when it appears; what is written is kept unless unticked.
  await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await popup.keyboard.type('You are doing well with a hard week.');
  expect(await popup.getByRole('checkbox', { name: 'Keep this note in my journal' }).isChecked()).toBe(true);
  for (let tabs = 0; tabs < 5 && (await focused()) !== 'Done'; tabs++) await popup.keyboard.press('Tab');
  expect(await focused()).toBe('Done');
  expect(await focusVisible()).toBe(true);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('button', { name: 'Noted in your journal' }).count()).toBe(1);
  await expect.poll(focused).toBe('Close');
  expect(await focusVisible()).toBe(true);
  expect((await journalIn(await extension.worker())).map((entry) => entry.notes)).toEqual([
    { friend: 'You are doing well with a hard week.' },
  ]);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('button', { name: /Friend check/ }).count()).toBeGreaterThan(0);
});

test('soothing touch shows its time and its gestures as words to read, not as buttons', async ({ extension }) => {
  const page = await extension.openPage('pause.html?exercise=soothing-touch&step=1');
  await expect.poll(() => page.locator('.runner-timer').textContent()).toMatch(/^0:4\d left$/);
  const gesture = page.getByRole('list', { name: 'Some ways to try' }).getByRole('listitem').first();
  expect(await gesture.evaluate((item) => ({ border: getComputedStyle(item).borderStyle, cursor: getComputedStyle(item).cursor }))).toEqual({
    border: 'none',
    cursor: 'auto',
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => page.locator('.runner-timer').textContent()).toMatch(/^Paused, 0:4\d left$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('pop out moves a running exercise to the pause window on the same step', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Name it/ }).first().click();
  await popup.getByRole('button', { name: 'Begin' }).click();
  const stepText = await popup.getByRole('progressbar').getAttribute('aria-valuetext');
  const opened = extension.context.waitForEvent('page', (page) => page.url().includes('/pause.html?exercise=name-it&step=1'));
  await popup.getByRole('button', { name: 'Pop out' }).click();
  const pause = await opened;
  await expect.poll(() => pause.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(stepText);
  expect(await axeViolations(pause)).toEqual([]);
});

test('Name it in a 380×600 popup, by keyboard: titles on one line, ticks that move nothing, Continue in view', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByRole('button', { name: /Name it/ }).first().click();
  await popup.getByRole('button', { name: 'Begin' }).click();
  const lines = () =>
    popup.locator('.quadrant__name').evaluateAll((names) => names.map((name) => Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight))));
  expect(await lines()).toEqual([1, 1, 1, 1]);

  // Into the grid from the keyboard: arrows choose as they move, and where focus is shows.
  await popup.getByRole('radio', { name: 'Unpleasant, lots of energy' }).focus();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowRight');
  expect(await popup.locator('input[type=radio]:checked').getAttribute('value')).toBe('pleasant-low');
  expect(await popup.locator('.quadrant:has(input:focus)').evaluate((tile) => getComputedStyle(tile).outlineStyle)).toBe('solid');
  expect(await lines()).toEqual([1, 1, 1, 1]);

  const widths = () => popup.locator('.pick-toggle').evaluateAll((chips) => chips.map((chip) => chip.getBoundingClientRect().width));
  const before = await widths();
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('settled');
  expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await popup.keyboard.press('Space');
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('Space');
  expect(await popup.getByRole('button', { pressed: true }).allTextContents()).toEqual(['settled', 'relaxed']);
  expect(await widths()).toEqual(before);

  const shown = async (name: string) => {
    const box = (await popup.getByRole('button', { name, exact: true }).boundingBox())!;
    return box.y >= 0 && box.y + box.height <= 600;
  };
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
  expect(await shown('Continue')).toBe(true);
  // Scrolled to the end (the "More words" link, the words named), Continue is still there.
  await popup.mouse.wheel(0, 1000);
  await expect.poll(() => popup.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await shown('Continue')).toBe(true);
  await popup.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => popup.getByRole('textbox').count()).toBe(1);
});

test('pop out carries what was picked and written: the pause window shows the feelings picked and the note', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Name it/ }).first().click();
  await popup.getByRole('button', { name: 'Begin' }).click();
  await popup.getByRole('radio', { name: 'Pleasant, little energy', exact: true }).check();
  await popup.getByRole('button', { name: 'calm', exact: true }).click();
  await popup.getByRole('button', { name: 'grateful', exact: true }).click();
  const opened = extension.context.waitForEvent('page', (page) => page.url().includes('/pause.html?exercise=name-it&step=1'));
  await popup.getByRole('button', { name: 'Pop out' }).click();
  const pause = await opened;
  await expect.poll(() => pause.getByRole('button', { pressed: true }).allTextContents()).toEqual(['calm', 'grateful']);
  expect(await pause.locator('input[type=radio]:checked').getAttribute('value')).toBe('pleasant-low');

  // A note typed in the popup comes along too, into the same window, and reaches the journal.
  const again = await extension.openPage('popup.html');
  await again.getByRole('button', { name: /Name it/ }).first().click();
  await again.getByRole('button', { name: 'Begin' }).click();
  await again.getByRole('radio', { name: 'Unpleasant, little energy' }).check();
  await again.getByRole('button', { name: 'tired', exact: true }).click();
  await again.getByRole('button', { name: 'Continue' }).click();
  await again.getByRole('textbox').fill('It has been a long week.');
  await again.getByRole('checkbox').check();
  await again.getByRole('button', { name: 'Pop out' }).click();
  await expect.poll(() => pause.url()).toContain('/pause.html?exercise=name-it&step=2');
  await expect.poll(() => pause.getByRole('textbox').inputValue()).toBe('It has been a long week.');
  await pause.getByRole('button', { name: 'Done' }).click();
  const worker = await extension.worker();
  const journal = () => journalIn(worker);
  await expect.poll(journal).toEqual([expect.objectContaining({ emotions: ['tired'], notes: { 'makes-sense': 'It has been a long week.' } })]);
});

test('with reduced motion, nothing moves while breathing: the circle only fades, gently', async ({ extension }) => {
  const page = await extension.openPage('pause.html?exercise=coherent-breathing&step=1');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect.poll(() => page.locator('main').textContent()).toMatch(/Breathe in/);
  await page.waitForFunction(() => document.readyState === 'complete');
  const moving = await page.evaluate(() => ({
    // The one thing allowed to run is the circle's fade of opacity.
    animations: document
      .getAnimations()
      .filter((animation) => animation.playState === 'running' && !(animation instanceof CSSTransition && animation.transitionProperty === 'opacity')).length,
    transforms: [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => getComputedStyle(element).transform !== 'none').length,
    transitions: [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => /transform/.test(getComputedStyle(element).transitionProperty) && getComputedStyle(element).transitionDuration !== '0s').length,
  }));
  expect(moving).toEqual({ animations: 0, transforms: 0, transitions: 0 });
  // The fade runs over what is left of the breath, not in one jump.
  const fade = () =>
    page.evaluate(() => {
      const circle = getComputedStyle(document.querySelector('.breathing-pacer__circle') as Element);
      return { property: circle.transitionProperty, running: Number.parseFloat(circle.transitionDuration) > 0 };
    });
  await expect.poll(fade).toEqual({ property: 'opacity', running: true });
});

test('the three newest practices run end to end by keyboard in the popup, and each is kept in the journal', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  const worker = await extension.worker();
  const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const journal = () => journalIn(worker);
  const practices = [
    ['inner-critic', 'Meet the inner critic', 'You care about this. One step at a time.'],
    ['after-a-mistake', 'After a mistake', 'I slipped, and I am putting it right.'],
    ['ground-yourself', 'Ground yourself', undefined],
  ] as const;
  for (const [index, [id, title, note]] of practices.entries()) {
    // Folded practices open on the way, as a person would open them.
    while ((await popup.locator('main .exercise--more').count()) > 0) await popup.locator('main .exercise--more').first().click();
    await popup.locator(`[data-exercise="${id}"]`).click();
    await expect.poll(focused).toBe(title);
    // Enter after Enter reads through; a note's box takes focus when it comes.
    for (let presses = 0; presses < 12 && (await popup.getByRole('button', { name: 'Close' }).count()) === 0; presses++) {
      if (note && (await popup.evaluate(() => document.activeElement?.tagName)) === 'TEXTAREA') {
        await popup.keyboard.type(note);
        for (let tabs = 0; tabs < 5 && (await focused()) !== 'Done'; tabs++) await popup.keyboard.press('Tab');
      } else if (!/^(Begin|Next|Done)$/.test(await focused())) {
        await popup.getByRole('button', { name: /^(Begin|Next|Done)$/ }).first().focus();
      }
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => document.activeElement !== document.body);
    }
    await expect.poll(focused).toBe('Close');
    await expect.poll(async () => (await journal()).length).toBe(index + 1);
    const entry = (await journal()).find((each) => each.exercise === id);
    expect(entry?.finished).toBe(true);
    expect(Object.values(entry?.notes ?? {})).toEqual(note ? [note] : []);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator(`[data-exercise="${id}"]`).count()).toBe(1);
  }
});
