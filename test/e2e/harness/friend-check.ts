import type { Page } from 'playwright-core';

/**
 * Starts Friend check in the popup and reads it through to its end (Begin, each Next, Done), as
 * the tests of what a closing says and keeps need: without writing a note, or with `note` written
 * at its first prompt (and kept, as the runner offers by default).
 */
export async function readThroughFriendCheck(popup: Page, note?: string): Promise<void> {
  await popup.getByRole('button', { name: /Friend check/ }).first().click();
  // The runner arrives as a chunk of its own.
  await popup.getByRole('button', { name: 'Begin' }).click();
  const next = popup.getByRole('button', { name: 'Next' });
  const prompt = popup.locator('.runner-reflect textarea');
  let written = note === undefined;
  for (;;) {
    if (!written && (await prompt.count())) {
      await prompt.fill(note ?? '');
      written = true;
    }
    if (!(await next.count())) break;
    await next.click();
  }
  if (!written) throw new Error('Friend check asked for no note');
  await popup.getByRole('button', { name: 'Done' }).click();
}
