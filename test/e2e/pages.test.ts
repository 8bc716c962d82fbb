import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { DARK_BACKGROUND, openRecordingFrames, recordedFrames, storePreferences } from './harness/first-frames';

const pages = [
  { path: 'popup.html', heading: 'Kindly', text: /Next pause .*Suggested for now.*All exercises/ },
  { path: 'options.html', heading: 'Kindly preferences', text: /Kindly makes no network requests and has no analytics/ },
  { path: 'chrome://newtab', heading: 'A kind thought for this moment', text: /\w+/ },
  { path: 'pause.html', heading: 'A minute for you', text: /Even breathing/ },
  { path: 'support.html', heading: 'More support', text: /not therapy and not a medical device.*988.*116 123.*findahelpline\.com/s },
];

for (const { path, heading, text } of pages) {
  test(`${path} renders its content from _locales with no accessibility violations, light or dark`, async ({ extension }) => {
    const page = await extension.openPage(path);
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    await expect.poll(() => page.locator('main').textContent()).toMatch(text);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    // The same page with the system in dark mode (one browser for both: a fresh one costs seconds).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 28, 27)');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a chosen dark theme is dark from the first frame of every page, on a light system', async ({ extension }) => {
  await storePreferences(extension, { 'appearance.theme': 'dark' });
  for (const path of ['popup.html', 'options.html', 'pause.html', 'support.html', 'welcome.html']) {
    const seen = await recordedFrames(await openRecordingFrames(extension, path, 'light'));
    expect(seen.map((frame) => frame.background), path).toEqual(seen.map(() => DARK_BACKGROUND));
  }
});
