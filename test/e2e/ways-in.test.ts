import type { BrowserContext, Request } from 'playwright-core';
import { expect, test } from './harness/fixtures';

/*
 * The Reflections page itself is built beside this (until it is there the tab shows the browser's
 * error page), so here only that each way in asks for it, in a tab of its own.
 */
function reflectionsAsked(context: BrowserContext): Promise<string> {
  return new Promise((resolve) => {
    const seen = (request: Request) => {
      if (request.isNavigationRequest() && request.url().endsWith('/reflections.html')) resolve(request.url());
    };
    context.on('request', seen);
    context.on('requestfailed', seen);
  });
}

test('the popup’s Reflections button opens Reflections in a tab', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  const asked = reflectionsAsked(extension.context);
  await popup.getByRole('link', { name: 'Reflections: your journal' }).click();
  expect(await asked).toBe(popup.url().replace('popup.html', 'reflections.html'));
  expect(extension.context.pages().filter((page) => page !== popup && page.url() !== 'about:blank').length).toBeGreaterThan(0);
});

test('a closing’s “Noted in your journal” opens Reflections in a tab, from the popup', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.getByRole('button', { name: /Friend check/ }).first().click();
  await popup.getByRole('button', { name: 'Begin' }).click();
  const next = popup.getByRole('button', { name: 'Next' });
  while (await next.count()) await next.click();
  await popup.getByRole('button', { name: 'Done' }).click();
  const noted = popup.getByRole('button', { name: 'Your pause is in your journal' });
  await expect.poll(() => noted.count()).toBe(1);
  const asked = reflectionsAsked(extension.context);
  await noted.click();
  expect(await asked).toBe(popup.url().replace('popup.html', 'reflections.html'));
});
