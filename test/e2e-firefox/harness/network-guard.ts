import type { Bidi } from './bidi';
import { evaluateInContext } from './evaluate';

/*
 * Two watchers, because neither sees every request on its own:
 *
 * - WebDriver BiDi's network.beforeRequestSent, for requests from tabs (only the add-on's pages
 *   are ever opened in them). Firefox reports these with the tab's browsing context; its own
 *   traffic has none and code run in the browser's chrome scope has a chrome context, so only
 *   events of content tabs count.
 * - An observer of http-on-opening-request in the browser's own (chrome) scope. BiDi cannot see
 *   requests from Firefox's windowless background page: in Firefox 153 its network listener
 *   throws on them ("context is null", printed to stdout) and reports nothing. This observer sees
 *   every HTTP(S) channel of every process in the parent process, with the principal that
 *   triggered it, so requests Kindly makes from a page or its background are recorded and
 *   cancelled before they connect or even look up a name.
 */

/**
 * Records outside requests made from content tabs: the one open at the start (pass it in) and
 * every one opened after, by the tests or by the add-on. The browser's chrome scope is not ours.
 */
export async function watchTabRequests(bidi: Bidi, firstTab: string, extensionOrigin: string): Promise<string[]> {
  const ourTabs = new Set([firstTab]);
  bidi.on('browsingContext.contextCreated', (params) => {
    const { context, 'moz:scope': scope } = params as { context: string; 'moz:scope'?: string };
    if (scope !== 'chrome') ourTabs.add(context);
  });
  const seen: string[] = [];
  bidi.on('network.beforeRequestSent', (params) => {
    const { context, request } = params as { context: string | null; request: { url: string } };
    if (context === null || !ourTabs.has(context)) return;
    if (request.url.startsWith(`${extensionOrigin}/`) || /^(about|data|blob):/.test(request.url)) return;
    seen.push(request.url);
  });
  await bidi.send('session.subscribe', { events: ['browsingContext.contextCreated', 'network.beforeRequestSent'] });
  return seen;
}

const GLOBAL = 'kindlyNetworkGuard';

/** Starts recording (and cancelling) every HTTP(S) request the add-on makes, from any of its pages. */
export async function watchAddonRequests(bidi: Bidi, chromeContext: string, addonId: string): Promise<() => Promise<string[]>> {
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
  return () => evaluateInContext<string[]>(bidi, chromeContext, `globalThis.${GLOBAL}.seen`);
}
