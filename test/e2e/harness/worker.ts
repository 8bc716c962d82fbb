import type { Page } from 'playwright-core';
import type { ExtensionSession } from './launch';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/*
 * Stops and starts the extension's service worker through the DevTools protocol, the way the
 * browser does when it idles the worker out. Playwright keeps the same Worker object across a
 * restart, so the worker's state is followed through ServiceWorker.workerVersionUpdated.
 */
export async function controlWorker(session: ExtensionSession, page: Page) {
  const cdp = await session.context.newCDPSession(page);
  let status: RunningStatus | undefined;
  const waiters: { want: RunningStatus; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) continue;
      status = version.runningStatus;
      for (const waiter of waiters.filter((w) => w.want === status)) waiter.resolve();
    }
  });
  await cdp.send('ServiceWorker.enable');

  const until = (want: RunningStatus) =>
    status === want ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ want, resolve }));

  return {
    status: () => status,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    async start() {
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });
      await until('running');
    },
  };
}
