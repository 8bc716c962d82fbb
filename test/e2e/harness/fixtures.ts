import { test as base, expect } from 'vitest';
import { launchExtension, type ExtensionSession } from './launch';

/**
 * `extension` is a fresh Chromium with Kindly loaded, closed after the test. Every test that
 * uses it also asserts that no request left the extension.
 */
export const test = base.extend<{ extension: ExtensionSession }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from this pattern
  extension: async ({}, use) => {
    const session = await launchExtension();
    try {
      await use(session);
    } finally {
      await session.close();
    }
    expect(session.outsideRequests, 'requests that tried to leave the extension').toEqual([]);
  },
});

export { expect };
