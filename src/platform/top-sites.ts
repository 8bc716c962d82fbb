import { extensionApi as browser } from './browser-api';

/** The browser's most-visited sites, as it ranks them. Needs the optional `topSites` permission. */
export async function mostVisitedSites(): Promise<{ url: string; title?: string | undefined }[]> {
  return browser.topSites.get();
}
