import { expect, test } from 'vitest';
import { useFirefox } from './harness/fixtures';

const firefox = useFirefox();
// Headings, and one piece of each page's body that shows it got past its first render: the
// popup's status line is worked out from what the background stored.
const pages = [
  { path: 'popup.html', heading: 'Kindly', text: /Next pause (at|\w+ at) / },
  { path: 'options.html', heading: 'Kindly preferences', text: /Kindly makes no network requests and has no analytics/ },
  { path: 'newtab.html', heading: 'A kind thought for this moment', text: /\w+/ },
  { path: 'pause.html', heading: 'A minute for you', text: /Even breathing/ },
];

for (const { path, heading, text } of pages) {
  test(`${path} renders its content from _locales`, async () => {
    const tab = await firefox().openPage(path);
    try {
      await expect.poll(() => tab.evaluate(() => document.querySelector('h1')?.textContent), { timeout: 5_000 }).toBe(heading);
      await expect.poll(() => tab.evaluate(() => document.querySelector('main')?.textContent), { timeout: 5_000 }).toMatch(text);
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await tab.close();
    }
  });
}

test('the popup fits a panel that has a scrollbar: nothing scrolls sideways', async () => {
  const tab = await firefox().openPage('support.html');
  try {
    // The panel as Firefox sizes it, 360 px wide and shorter than the popup's list, so a
    // vertical scrollbar takes its width out of the page's.
    const measured = async () =>
      tab.evaluate(async () => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 360px; height: 400px; border: 0';
        frame.src = 'popup.html';
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        const root = frame.contentDocument?.documentElement;
        for (let tries = 0; tries < 100 && !frame.contentDocument?.querySelector('.exercise'); tries += 1) await new Promise(requestAnimationFrame);
        const result = { scrollbar: 360 - (root?.clientWidth ?? 360), sideways: (root?.scrollWidth ?? 0) - (root?.clientWidth ?? 0) };
        frame.remove();
        return result;
      });
    const { scrollbar, sideways } = await measured();
    expect(scrollbar).toBeGreaterThan(0);
    expect(sideways).toBe(0);
  } finally {
    await tab.close();
  }
});

test("a new tab shows Kindly's new tab page (chrome_url_overrides)", async () => {
  // Opened as the browser opens a new tab (tabs.create() without a URL).
  const tab = await firefox().openNewTab();
  try {
    await expect.poll(() => tab.evaluate(() => document.querySelector('h1')?.textContent), { timeout: 5_000 }).toBe('A kind thought for this moment');
    expect(await tab.evaluate(() => document.title)).toBe('New tab');
  } finally {
    await tab.close();
  }
});

test("the new tab's one-minute pause, a module the page imports on click, runs in place", async () => {
  const tab = await firefox().openPage('newtab.html');
  try {
    await expect.poll(() => tab.evaluate(() => document.querySelector('.newtab__affirmation')?.textContent), { timeout: 5_000 }).toMatch(/\w{3,}/);
    await tab.evaluate(() => document.querySelector<HTMLButtonElement>('.newtab__actions button')?.click());
    await expect.poll(() => tab.evaluate(() => document.querySelector('[role="progressbar"]') !== null), { timeout: 5_000 }).toBe(true);
    expect(await tab.evaluate(() => document.querySelector('main')?.textContent)).toMatch(/Even breathing/);
  } finally {
    await tab.close();
  }
});

test('options say what Firefox leaves to the system: the notification sound, and whether notifications are on', async () => {
  const tab = await firefox().openPage('options.html');
  try {
    const text = () => tab.evaluate(() => document.querySelector('main')?.textContent ?? '');
    await expect.poll(text, { timeout: 5_000 }).toMatch(/your system's notification settings decide whether reminders make a sound/);
    expect(await text()).toMatch(/doesn't tell add-ons whether notifications are turned off/);
    expect(await text()).not.toMatch(/Play the notification sound/);
  } finally {
    await tab.close();
  }
});
