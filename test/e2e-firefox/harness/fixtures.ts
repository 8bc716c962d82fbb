import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchFirefox, type FirefoxSession } from './launch';

/**
 * One Firefox with the test build of Kindly for all the tests of a file (a launch costs 3–5 s):
 * started before the first test, closed after the last. The returned function gives the session.
 * If Firefox can't start (none installed, say), every test fails with the reason: none is skipped.
 * After each test, and at close, nothing may have left the add-on or reported an error, so the
 * check belongs to the test that caused it, whatever order the tests run in.
 * `checkTraces: false` is for the file that makes requests and errors on purpose.
 */
export function useFirefox({ checkTraces = true } = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      session = await launchFirefox();
    } catch (error) {
      failure = error;
    }
  });
  afterEach(async () => {
    if (session && checkTraces) await expectNoTrace(session);
  });
  afterAll(async () => {
    await session?.close();
    // What Firefox printed while closing counts too.
    if (session && checkTraces) expect(session.errors(), 'errors from the add-on, up to and including shutdown').toEqual([]);
  });
  return () => {
    if (!session) throw failure instanceof Error ? failure : new Error(`Firefox did not start: ${String(failure)}`);
    return session;
  };
}

/** No request left the add-on, and nothing reported an error. */
export async function expectNoTrace(session: FirefoxSession): Promise<void> {
  expect(await session.outsideRequests(), 'requests that tried to leave the extension').toEqual({ fromTabs: [], fromAddon: [] });
  expect(session.errors(), 'errors from the add-on').toEqual([]);
}
