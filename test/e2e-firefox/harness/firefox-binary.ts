import { findFirefox } from '../../../scripts/find-browser.mjs';

export const installFirefoxHint =
  'Install Firefox ESR first, e.g. on Debian or Ubuntu: sudo apt-get install -y firefox-esr ' +
  '(or point the FIREFOX environment variable at a Firefox binary).';

/** The Firefox to test with: $FIREFOX, else Debian's firefox-esr or firefox. */
export function firefoxPath(): string {
  const path = findFirefox();
  // Fails rather than skips, so a machine without Firefox never passes by running nothing.
  if (!path) throw new Error(`No Firefox found for the Firefox end-to-end tests. ${installFirefoxHint}`);
  return path;
}
