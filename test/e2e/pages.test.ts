import { axeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

const pages = [
  { path: 'popup.html', heading: 'Kindly' },
  { path: 'options.html', heading: 'Kindly preferences' },
  { path: 'chrome://newtab', heading: 'A kind thought for this moment' },
];

for (const { path, heading } of pages) {
  test(`${path} renders its content from _locales with no accessibility violations`, async ({ extension }) => {
    const page = await extension.openPage(path);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
