// The README's screenshots, in one place: scripts/screenshots.mjs takes them and
// test/guards/screenshots.test.ts checks that each is in docs/screenshots/ and shown in the README.

/** In the order the README shows them. */
export const screenshots = /** @type {const} */ (['popup-idle', 'popup-waiting', 'popup-name-it', 'popup-closing', 'welcome', 'newtab', 'reflections']);
export const themes = /** @type {const} */ (['light', 'dark']);

/**
 * e.g. popup-idle-dark.png
 * @param {typeof screenshots[number]} name @param {typeof themes[number]} theme
 */
export const screenshotFile = (name, theme) => `${name}-${theme}.png`;
