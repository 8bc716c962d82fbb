import { test as base, expect } from 'vitest';
import { launchExtension, type ExtensionSession } from './launch';
import { pageSettled } from './worker-hooks';

/**
 * Runs `body` with a fresh Chromium that has a build of Kindly loaded, then closes it and checks
 * what every end-to-end test must show: no request left the extension, and no page or worker
 * reported an error.
 */
export async function withExtension(body: (session: ExtensionSession) => Promise<void>, options: { dir?: string } = {}): Promise<void> {
  const session = await launchExtension(options);
  try {
    await body(session);
    // What the test's last step started (a journal entry, a save) finishes, and can fail, first.
    await Promise.all(session.context.pages().map((page) => pageSettled(page).catch(() => undefined)));
  } finally {
    await session.close();
  }
  expect(session.outsideRequests, 'requests that tried to leave the extension').toEqual([]);
  expect(session.errors, 'errors from the extension').toEqual([]);
}

/** `extension`: the test build of Kindly in a fresh Chromium, checked as withExtension checks. */
export const test = base.extend<{ extension: ExtensionSession }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from this pattern
  extension: async ({}, use) => withExtension(use),
});

export { expect };
