import type { Page } from 'playwright-core';
import type { ExtensionSession } from './launch';

interface RecordedError {
  message: string;
  source?: string;
  sourceUrl?: string;
}

interface ExtensionInfo {
  state: string;
  views: unknown[];
  manifestErrors: RecordedError[];
  runtimeErrors: RecordedError[];
  installWarnings: string[];
}

interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; errorCollection: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<ExtensionInfo>;
}

type WithDeveloperPrivate = { chrome: { developerPrivate: DeveloperPrivate } };

/**
 * Reads what chrome://extensions shows for Kindly. Chromium collects an extension's errors only
 * once error collection is on, so `collect` turns it on and reloads the extension (its manifest
 * is read again, now with warnings recorded); `recorded` returns everything recorded since.
 */
export async function extensionsPage(session: ExtensionSession) {
  const page: Page = await session.context.newPage();
  await page.goto('chrome://extensions');
  return {
    collect: async () => {
      await page.evaluate(async (id) => {
        const developerPrivate = (globalThis as unknown as WithDeveloperPrivate).chrome.developerPrivate;
        await developerPrivate.updateExtensionConfiguration({ extensionId: id, errorCollection: true });
        await developerPrivate.reload(id, { failQuietly: false });
      }, session.extensionId);
      // Pages of an extension that is still reloading are refused (ERR_BLOCKED_BY_CLIENT): wait
      // until it is enabled again with its worker running.
      await page.waitForFunction(async (id) => {
        const info = await (globalThis as unknown as WithDeveloperPrivate).chrome.developerPrivate.getExtensionInfo(id);
        return info.state === 'ENABLED' && info.views.length > 0;
      }, session.extensionId);
    },
    recorded: async (): Promise<string[]> => {
      const info = await page.evaluate(
        (id) => (globalThis as unknown as WithDeveloperPrivate).chrome.developerPrivate.getExtensionInfo(id),
        session.extensionId,
      );
      return [
        ...info.installWarnings.map((warning) => `install: ${warning}`),
        ...info.manifestErrors.map((error) => `manifest: ${error.message}`),
        ...info.runtimeErrors.map((error) => `runtime: ${error.message} (${error.sourceUrl ?? error.source ?? 'unknown'})`),
      ];
    },
  };
}
