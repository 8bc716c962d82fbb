import type { OutputLine } from './firefox-process';

/*
 * Firefox reports what goes wrong in extension pages only on its own output (extension pages
 * send no WebDriver BiDi log events, Mozilla bug 1755014):
 * - uncaught errors and unhandled rejections as `JavaScript error: moz-extension://…` on stderr;
 * - console.error() calls as `console.error: …` on stdout (devtools.console.stdout.content).
 * Firefox's own chrome code is kept off stdout (devtools.console.stdout.chrome=false) except for
 * its named loggers, which print `console.error: Name: …`; a page's console.error() never looks
 * like that (its first argument is printed as source: a quoted string, `(new Error(…))`, `({…})`).
 */
const javaScriptError = /^JavaScript error: moz-extension:\/\//;
const javaScriptWarning = /^JavaScript warning: moz-extension:\/\//;
const consoleError = /^console\.error: /;
const namedFirefoxLogger = /^console\.\w+: [A-Za-z][\w.-]*: /;

/** Errors from the extension's pages and background, in the order Firefox printed them. */
export function extensionErrors(output: readonly OutputLine[]): string[] {
  return output
    .map(({ text }) => text)
    .filter((text) => javaScriptError.test(text) || (consoleError.test(text) && !namedFirefoxLogger.test(text)));
}

/** Warnings Firefox printed about the extension (reported, not failed on). */
export function extensionWarnings(output: readonly OutputLine[]): string[] {
  return output.map(({ text }) => text).filter((text) => javaScriptWarning.test(text));
}
