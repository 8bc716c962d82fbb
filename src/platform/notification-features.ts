import { extensionApi as browser } from './browser-api';

/*
 * What the browser's notifications can do. Chrome's have buttons, can be silent, and say when
 * the system has turned them off (getPermissionLevel). Firefox's do none of these: no buttons
 * (a click on the notification stands in; showNotification finds that out by trying), no
 * `silent` (the system's settings decide the sound), and no getPermissionLevel (an add-on can't
 * know whether they are turned off). Pages ask too (options), so this reads the browser's own
 * API object, not the polyfill.
 */
const hasPermissionLevel = () => typeof (browser.notifications as { getPermissionLevel?: unknown } | undefined)?.getPermissionLevel === 'function';

/** Whether Kindly can find out that the system has turned its notifications off. */
export function notificationPermissionIsKnown(): boolean {
  return hasPermissionLevel();
}

/** Whether Kindly can choose a notification's sound (else the system does): the same browsers. */
export function notificationSoundCanBeChosen(): boolean {
  return hasPermissionLevel();
}
