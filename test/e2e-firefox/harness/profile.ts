import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};

/** Kindly's add-on id in Firefox, from manifest.json. */
export const geckoId = manifest.browser_specific_settings.gecko.id;

/** Firefox gives each add-on a random moz-extension:// host per profile; the profile pins it to this. */
export const extensionUuid = '7a1e5c3d-9b2f-4e6a-8c4d-0f1b2a3c4d5e';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export type FirefoxPreferences = Record<string, string | number | boolean>;

/*
 * Prefs written to the profile's user.js, so they hold from the first moment (Firefox's remote
 * agent applies its own recommended prefs only once it has started, after some services ran).
 */
const preferences: FirefoxPreferences = {
  'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
  // Extension pages send no WebDriver BiDi log events (Mozilla bug 1755014): their console goes
  // to stdout instead. Firefox's own chrome code stays off stdout, so what is there is the pages'.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': false,
  // Closing a test's last tab must not close the window (and with it the session).
  'browser.tabs.closeWindowWithLastTab': false,
  // Firefox's own background traffic, off.
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'browser.discovery.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'dom.push.connection.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Honoured only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (see firefox-process.ts): remote
  // settings then fetch nothing.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  // Notifications in Firefox's own alert window. Headless, the system backend (libnotify) has no
  // notification server and closes each notification at once, so getAll() would never see it.
  'alerts.useSystemBackend': false,
  // Firefox's profile backup logs an error of its own on a fresh headless profile.
  'browser.backup.enabled': false,
  // Scrollbars that take room, as in the toolbar panel (12 px), not GTK's overlay ones: the
  // popup's width is tested against them.
  'widget.gtk.overlay-scrollbars.enabled': false,
};

/**
 * A new, empty Firefox profile with the prefs above, and `extra` (a test file's own, which win).
 * The caller removes it.
 */
export function createProfile(extra: FirefoxPreferences = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindly-e2e-firefox-'));
  const lines = Object.entries({ ...preferences, ...extra }).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
  return dir;
}
