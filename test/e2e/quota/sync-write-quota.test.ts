import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expect, test, withExtension } from '../harness/fixtures';
import { storageContents, type WorkerGlobals } from '../harness/worker-hooks';

/*
 * With Chromium's own storage.sync write quota spent, for real. Its window reopens a minute after
 * it began, so this waits up to a minute: it is a project of its own (e2e-quota), run beside the
 * other Chromium tests by `npm test`; alone: npx vitest run --project e2e-quota.
 */

/** Spends the minute's storage.sync writes from an extension page; returns how many went. */
function spendSyncWrites(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    for (let written = 0; ; written++) {
      try {
        await chrome.storage.sync.set({ spent: written });
      } catch {
        return written;
      }
    }
  });
}

/** What a screen reader reads out with a field: its hint and notes. */
async function descriptionOf(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label).getAttribute('aria-describedby')) ?? '';
  return page.evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
}

test('a change refused for too many writes is kept, saved within two minutes without another change, and the page says so', { timeout: 180_000 }, ({ chromium }) =>
  withExtension(
    chromium,
    async (extension) => {
      const worker = await extension.worker();
      const options = await extension.openPage('options.html');
      const sound = options.getByLabel('Play the notification sound');
      await expect.poll(() => sound.isChecked()).toBe(true);

      expect(await spendSyncWrites(options)).toBeLessThanOrEqual(120);
      await sound.uncheck();
      await expect.poll(() => descriptionOf(options, 'Play the notification sound')).toMatch(/Not saved yet — Kindly will try again/);
      await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/saved many changes in a short time/);
      expect((await storageContents(worker, 'sync'))['reminders.sound']).toBeUndefined();

      await expect.poll(async () => (await storageContents(worker, 'sync'))['reminders.sound'], { timeout: 120_000, interval: 1_000 }).toBe(false);
      await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved. Everything you changed is stored now.' }).count()).toBe(1);
      expect(await options.getByRole('alert').textContent()).toBe('');
      expect(await descriptionOf(options, 'Play the notification sound')).toMatch(/Saved\./);
      expect(await sound.isChecked()).toBe(false);
    },
    { dir: inject('quotaTestBuild') },
  ),
);
