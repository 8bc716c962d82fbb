import { test as base, expect } from 'vitest';
import { finishing, launchChromium, type Chromium, type ExtensionSession } from './launch';
import { pageSettled } from './worker-hooks';

/**
 * Runs `body` with a build of Kindly freshly installed in `chromium`, then uninstalls it and
 * checks what every end-to-end test must show: no request left the extension, and no page or
 * worker reported an error.
 */
export async function withExtension(chromium: Chromium, body: (session: ExtensionSession) => Promise<void>, options: { dir?: string } = {}): Promise<void> {
  const session = await chromium.install(options);
  try {
    await body(session);
    // What the test's last step started (a journal entry, a save) finishes, and can fail, first.
    await finishing('settling the pages', Promise.all(session.context.pages().map((page) => pageSettled(page).catch(() => undefined))));
  } finally {
    await session.close();
  }
  expect(session.outsideRequests, 'requests that tried to leave the extension').toEqual([]);
  expect(session.errors, 'errors from the extension').toEqual([]);
}

/**
 * `chromium`: one browser for every test the worker runs (the e2e project shares a worker's
 * modules across its files): a launch costs seconds on a busy machine.
 * `extension`: the test build of Kindly installed in it for this test alone, checked as
 * withExtension checks.
 */
export const test = base.extend<{ chromium: Chromium; extension: ExtensionSession }>({
  chromium: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from this pattern
    async ({}, use) => {
      const chromium = await launchChromium();
      try {
        await use(chromium);
      } finally {
        await chromium.close();
      }
    },
    { scope: 'worker' },
  ],
  extension: async ({ chromium }, use) => withExtension(chromium, use),
});

export { expect };
