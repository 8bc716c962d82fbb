import browser from 'webextension-polyfill';

export interface ReminderNotification {
  title: string;
  message: string;
  /** Chrome shows them; Firefox has none, and a click on the notification stands in. */
  buttons: string[];
  /** The message where there are no buttons: it says that a click does what they would. */
  messageWithoutButtons: string;
  silent: boolean;
}

/** Whether the system lets Kindly show notifications at all (Firefox has no way to ask: assume yes). */
export async function notificationsAllowed(): Promise<boolean> {
  const notifications = browser.notifications as typeof browser.notifications & { getPermissionLevel?: () => Promise<string> };
  if (typeof notifications.getPermissionLevel !== 'function') return true;
  return (await notifications.getPermissionLevel()) !== 'denied';
}

/**
 * Shows (or replaces: same id) the one reminder notification. Firefox throws on `buttons` and
 * on `silent`, so it is retried with the plain options the browser accepts, and the words that
 * say a click starts the pause.
 */
export async function showNotification(id: string, notification: ReminderNotification): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notification.title,
  };
  try {
    await browser.notifications.create(id, {
      ...base,
      message: notification.message,
      buttons: notification.buttons.map((title) => ({ title })),
      silent: notification.silent,
    } as typeof base & { message: string });
  } catch {
    await browser.notifications.create(id, { ...base, message: notification.messageWithoutButtons });
  }
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

export function onNotificationClicked(callback: (id: string) => void): void {
  browser.notifications.onClicked.addListener(callback);
}

export function onNotificationButtonClicked(callback: (id: string, buttonIndex: number) => void): void {
  // Firefox shows no buttons, so this never fires there (and some versions lack the event).
  browser.notifications.onButtonClicked?.addListener(callback);
}

export function onNotificationClosed(callback: (id: string, byUser: boolean) => void): void {
  browser.notifications.onClosed.addListener((id, byUser) => callback(id, byUser ?? false));
}
