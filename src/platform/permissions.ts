import type Browser from 'webextension-polyfill';
import { extensionApi as browser } from './browser-api';
import { noteCall } from './test-hooks';

/*
 * The optional permissions, each asked for when the person turns on what needs it and given back
 * when they turn it off (manifest.json `optional_permissions`). Each browser grants its own.
 */
export type OptionalPermission = 'topSites';

const asked = (name: OptionalPermission): Browser.Permissions.Permissions => ({ permissions: [name] });

export function hasPermission(name: OptionalPermission): Promise<boolean> {
  return browser.permissions.contains(asked(name));
}

/** Shows the browser's own question. Only works straight from a click or key press. */
export function askForPermission(name: OptionalPermission): Promise<boolean> {
  noteCall('permissions.request', asked(name));
  return browser.permissions.request(asked(name));
}

export function giveBackPermission(name: OptionalPermission): Promise<boolean> {
  noteCall('permissions.remove', asked(name));
  return browser.permissions.remove(asked(name));
}

/** Whether this browser allows `name`, now and whenever that may have changed, until `signal` aborts. */
export function followPermission(name: OptionalPermission, callback: (allowed: boolean) => void, signal: AbortSignal): void {
  const read = () => void hasPermission(name).then((allowed) => !signal.aborted && callback(allowed), () => undefined);
  onPermissionsChanged(read, signal);
  read();
}

/** Calls back whenever this browser grants or takes back an optional permission, until `signal` aborts. */
export function onPermissionsChanged(callback: () => void, signal: AbortSignal): void {
  const listener = () => callback();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  });
}
