import type { Page } from 'playwright-core';

/**
 * Starts Friend check in the popup and reads it through to its end without writing a note
 * (Begin, each Next, Done), as the tests of what a closing says and keeps need.
 */
export async function readThroughFriendCheck(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: /Friend check/ }).first().click();
  // The runner arrives as a chunk of its own.
  await popup.getByRole('button', { name: 'Begin' }).click();
  const next = popup.getByRole('button', { name: 'Next' });
  while (await next.count()) await next.click();
  await popup.getByRole('button', { name: 'Done' }).click();
}
