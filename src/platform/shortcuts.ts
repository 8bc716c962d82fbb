import { extensionApi as browser } from './browser-api';

/*
 * The keyboard shortcut that starts a pause, as the browser has it now (the person may have
 * changed it, or another extension may have taken Alt+Shift+K first, leaving it unset), and the
 * browser's own place to change it: Firefox has commands.openShortcutSettings (from 137); Chrome's
 * is a page of its own that an extension may open in a tab.
 */
const PAUSE_COMMAND = 'start-pause';

/** The shortcut's keys as the browser writes them (e.g. "Alt+Shift+K"); "" when none is set. */
export async function pauseShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === PAUSE_COMMAND)?.shortcut ?? '';
}

export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
