import type { Bidi } from './bidi';
import { evaluateInContext } from './evaluate';

/*
 * Two watchers, because neither sees every request on its own:
 *
 * - WebDriver BiDi's network.beforeRequestSent, for requests from tabs (the add-on's pages, and
 *   the pages a test opens on purpose, whose requests it takes off the record). Firefox reports these with the tab's browsing context; its own
 *   traffic has none and code run in the browser's chrome scope has a chrome context, so only
 *   events of content tabs count.
 * - An observer of http-on-opening-request in the browser's own (chrome) scope. BiDi cannot see
 *   requests from Firefox's windowless background page: in Firefox 153 its network listener
 *   throws on them ("context is null", printed to stdout) and reports nothing. This observer sees
 *   every HTTP(S) channel of every process in the parent process, with the principal that
 *   triggered it, so requests Kindly makes from a page or its background are recorded and
 *   cancelled before they connect or even look up a name.
 */

/** A request that tried to leave the extension from a tab, and the BiDi browsing context of that tab. */
export interface TabRequest {
  url: string;
  context: string;
  /** It loads a document in the tab (a navigation), rather than being a request of its page. */
  navigation: boolean;
}

/**
 * Records outside requests made from content tabs: the one open at the start (pass it in) and
 * every one opened after, by the tests, the add-on or Firefox. The browser's chrome scope is not
 * ours. Firefox may report a tab's first request just before the tab itself (measured: 1 ms
 * before, about one search in six that opens a tab of its own), so a request from a tab not yet
 * known waits for it: it counts once the tab turns out to be a content tab.
 */
export async function watchTabRequests(bidi: Bidi, firstTab: string, extensionOrigin: string): Promise<TabRequest[]> {
  const ourTabs = new Set([firstTab]);
  const chromeContexts = new Set<string>();
  const early = new Map<string, TabRequest[]>();
  const seen: TabRequest[] = [];
  bidi.on('browsingContext.contextCreated', (params) => {
    const { context, 'moz:scope': scope } = params as { context: string; 'moz:scope'?: string };
    if (scope === 'chrome') chromeContexts.add(context);
    else {
      ourTabs.add(context);
      seen.push(...(early.get(context) ?? []));
    }
    early.delete(context);
  });
  bidi.on('network.beforeRequestSent', (params) => {
    const { context, navigation, request } = params as { context: string | null; navigation?: string | null; request: { url: string } };
    if (context === null || chromeContexts.has(context)) return;
    if (request.url.startsWith(`${extensionOrigin}/`) || /^(about|data|blob):/.test(request.url)) return;
    const record = { url: request.url, context, navigation: typeof navigation === 'string' };
    if (ourTabs.has(context)) seen.push(record);
    else early.set(context, [...(early.get(context) ?? []), record]);
  });
  await bidi.send('session.subscribe', { events: ['browsingContext.contextCreated', 'network.beforeRequestSent'] });
  return seen;
}

const GLOBAL = 'kindlyNetworkGuard';

export interface AddonRequests {
  /** Every request the add-on made so far, in order. */
  seen(): Promise<string[]>;
  /** Takes `urls` off the record, one entry for each (a test's own, expected requests). */
  take(urls: readonly string[]): Promise<void>;
}

/** Starts recording (and cancelling) every HTTP(S) request the add-on makes, from any of its pages. */
export async function watchAddonRequests(bidi: Bidi, chromeContext: string, addonId: string): Promise<AddonRequests> {
  await evaluateInContext(
    bidi,
    chromeContext,
    `(() => {
      const addonId = ${JSON.stringify(addonId)};
      const seen = [];
      Services.obs.addObserver({
        observe(channel) {
          if (!(channel instanceof Ci.nsIHttpChannel)) return;
          const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
          if (triggeringPrincipal?.addonId !== addonId && loadingPrincipal?.addonId !== addonId) return;
          seen.push(channel.URI.spec);
          channel.cancel(Cr.NS_ERROR_ABORT);
        },
      }, 'http-on-opening-request');
      globalThis.${GLOBAL} = { seen };
    })()`,
  );
  return {
    seen: () => evaluateInContext<string[]>(bidi, chromeContext, `globalThis.${GLOBAL}.seen`),
    take: (urls) =>
      evaluateInContext(
        bidi,
        chromeContext,
        `(() => {
          const { seen } = globalThis.${GLOBAL};
          for (const url of ${JSON.stringify(urls)}) {
            const at = seen.indexOf(url);
            if (at >= 0) seen.splice(at, 1);
          }
        })()`,
      ),
  };
}
