import browser from 'webextension-polyfill';

export function onCommand(callback: (command: string) => void): void {
  browser.commands.onCommand.addListener((command) => callback(command));
}
