import { expect, test } from 'vitest';
import { expectNoTrace } from './harness/fixtures';
import { launchFirefox } from './harness/launch';

// The other files use the test build (release code plus test-only hooks); this is the build
// that ships to addons.mozilla.org, minified and without hooks.
test('the release build installs, sets its alarm, writes no preference and renders its popup', async () => {
  const session = await launchFirefox({ build: 'release' });
  try {
    // From a neutral extension page, which doesn't wake the background page: installing did.
    await expect
      .poll(() => session.evaluate(async (browser) => (await browser.alarms.get('kindly-pause'))?.scheduledTime), { timeout: 15_000, interval: 100 })
      .toBeGreaterThan(Date.now());
    expect(await session.evaluate((browser) => browser.storage.sync.get(null))).toEqual({});
    expect(await session.background((background) => 'kindlyTest' in background)).toBe(false);
    const popup = await session.openPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Kindly');
    await expect.poll(() => popup.evaluate(() => document.querySelector('.status')?.textContent)).toMatch(/Next pause/);
    // The release build has no settled hook: by now the popup has read what install stored,
    // and anything install wrote to sync (it writes nothing) would be there too.
    expect(await session.evaluate((browser) => browser.storage.sync.get(null))).toEqual({});
    await expectNoTrace(session);
  } finally {
    await session.close();
  }
  expect(session.errors(), 'errors from the add-on, up to and including shutdown').toEqual([]);
});
