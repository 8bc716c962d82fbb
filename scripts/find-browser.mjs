import { existsSync } from 'node:fs';

/*
 * Debian's Chromium (or Chrome for Testing) is what can load an unpacked extension from the
 * command line: branded Google Chrome ignores --load-extension since version 137.
 * /usr/lib/chromium/chromium is the real binary; /usr/bin/chromium is Debian's wrapper script.
 */
const chromiumPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/lib/chromium-browser/chromium-browser', '/usr/bin/chromium-browser'];
const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const installChromiumHint =
  'Install Chromium first, e.g. on Debian or Ubuntu: sudo apt-get install -y chromium ' +
  '(or point the CHROMIUM environment variable at a Chromium or Chrome for Testing binary).';

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return chromiumPaths.find((path) => existsSync(path));
}

/** @returns {string | undefined} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return firefoxPaths.find((path) => existsSync(path));
}
