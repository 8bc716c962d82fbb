import { expect } from 'vitest';
import type { FirefoxSession } from './launch';
import type { TabRequest } from './network-guard';

/** Whether `url` carries `words` as one of its query's values, as a search engine's results address does. */
function carries(url: string, words: string): boolean {
  return URL.canParse(url) && [...new URL(url).searchParams.values()].includes(words);
}

/**
 * Firefox's own navigation to its search engine's results for `words`: the one request a search
 * from the new tab makes. Firefox makes it for the add-on (search.query), so the network guard
 * sees it from the tab it loads in and from the add-on, and cancels it as it cancels every request
 * leaving the add-on. Waits until both records have it, then takes exactly it off them by the
 * words it carries, so that any other request still fails the test. Returns the tab's record.
 */
export async function takeSearchNavigation(session: FirefoxSession, words: string): Promise<TabRequest> {
  const carrying = async () => {
    const { fromTabs, fromAddon } = await session.outsideRequests();
    return { fromTabs: fromTabs.filter((url) => carries(url, words)).length, fromAddon: fromAddon.filter((url) => carries(url, words)).length };
  };
  await expect.poll(carrying, { timeout: 10_000, interval: 50 }).toEqual({ fromTabs: 1, fromAddon: 1 });
  const { fromTabs, fromAddon } = await session.takeOutsideRequests(({ url }) => carries(url, words));
  const [navigation] = fromTabs;
  if (!navigation) throw new Error(`no navigation carrying "${words}"`);
  expect(fromAddon, 'the same request, as the add-on made it').toEqual([navigation.url]);
  return navigation;
}
