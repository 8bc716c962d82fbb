import type Browser from 'webextension-polyfill';
import { extensionApi as browser } from './browser-api';

export type InstallReason = Browser.Runtime.OnInstalledReason;

export function onInstalled(callback: (reason: InstallReason) => void): void {
  browser.runtime.onInstalled.addListener((details) => callback(details.reason));
}

export function onBrowserStartup(callback: () => void): void {
  browser.runtime.onStartup.addListener(callback);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
