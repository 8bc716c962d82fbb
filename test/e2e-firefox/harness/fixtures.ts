import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { launchFirefox, type FirefoxSession } from './launch';
import type { FirefoxPreferences } from './profile';

/** How far each record of what left the add-on or went wrong had come, at some moment. */
interface TraceCounts {
  errors: number;
  fromTabs: number;
  fromAddon: number;
}

async function traceCounts(session: FirefoxSession): Promise<TraceCounts> {
  const { fromTabs, fromAddon } = await session.outsideRequests();
  return { errors: session.errors().length, fromTabs: fromTabs.length, fromAddon: fromAddon.length };
}

let marks = 0;

/**
 * Resolves once Firefox has printed what the add-on's pages and background said so far: they
 * share one process, so a line logged from one of its pages now comes out after them.
 */
export async function outputCaughtUp(session: FirefoxSession): Promise<void> {
  const mark = `kindly-e2e-mark-${++marks}`;
  await session.evaluate((_browser, text) => console.log(text), mark);
  await vi.waitFor(() => expect(session.output().some((line) => line.includes(mark))).toBe(true), { timeout: 10_000, interval: 50 });
}

/**
 * One Firefox with the test build of Kindly for all the tests of a file (a launch costs 3–5 s):
 * started before the first test, closed after the last. The returned function gives the session.
 * If Firefox can't start (none installed, say), every test fails with the reason: none is skipped.
 * Each test may make no request that leaves the add-on and cause no error: checked after it,
 * once the background has finished and Firefox has printed what came before, against what was
 * recorded when it began, so the check belongs to the test that caused it, whatever the order.
 * `checkTraces: false` is for the file that makes requests and errors on purpose; `preferences`
 * are Firefox prefs for this file's profile alone.
 */
export function useFirefox({ checkTraces = true, preferences = {} }: { checkTraces?: boolean; preferences?: FirefoxPreferences } = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  let failure: unknown;
  let before: TraceCounts = { errors: 0, fromTabs: 0, fromAddon: 0 };
  beforeAll(async () => {
    try {
      session = await launchFirefox({ preferences });
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(async () => {
    if (session && checkTraces) before = await traceCounts(session);
  });
  afterEach(async () => {
    if (!session || !checkTraces) return;
    await session.background((background) => background.kindlyTest?.settled());
    await outputCaughtUp(session);
    const { fromTabs, fromAddon } = await session.outsideRequests();
    expect({ fromTabs: fromTabs.slice(before.fromTabs), fromAddon: fromAddon.slice(before.fromAddon) }, 'requests that tried to leave the extension').toEqual({
      fromTabs: [],
      fromAddon: [],
    });
    expect(session.errors().slice(before.errors), 'errors from the add-on').toEqual([]);
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

/** No request left the add-on, and nothing reported an error, since the session began. */
export async function expectNoTrace(session: FirefoxSession): Promise<void> {
  await outputCaughtUp(session);
  expect(await session.outsideRequests(), 'requests that tried to leave the extension').toEqual({ fromTabs: [], fromAddon: [] });
  expect(session.errors(), 'errors from the add-on').toEqual([]);
}
