// The bench starts Chromium and installs the extension exactly as the end-to-end tests do, by
// reusing their TypeScript launch helper, bundled here for Node; then it swaps their network guard
// for a watch (watchInsteadOfGuard).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** @typedef {import('../test/e2e/harness/launch').Chromium} Chromium */
/** @typedef {import('../test/e2e/harness/launch').ExtensionSession} ExtensionSession */

/**
 * Bundles test/e2e/harness/launch.ts into `scratch` and returns its launchChromium. Packages
 * (playwright-core) stay external, pointed at their absolute location: the bundle lives in a temp
 * folder where a bare `import 'playwright-core'` would not resolve.
 * @param {string} scratch
 * @returns {Promise<() => Promise<Chromium>>}
 */
export async function loadLaunchHelper(scratch) {
  const root = join(import.meta.dirname, '..');
  const outfile = join(scratch, 'launch.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/e2e/harness/launch.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    plugins: [
      {
        name: 'packages-from-the-repo',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('node:') ? undefined : { path: import.meta.resolve(args.path), external: true },
          );
        },
      },
    ],
  });
  const { launchChromium } = await import(pathToFileURL(outfile).href);
  return launchChromium;
}

/**
 * The tests' guard pauses every request on its way (its matcher is a function, so Playwright has
 * each one sent to Node to be judged) and aborts those leaving the extension. That round trip
 * lands on every file a page loads, which no person's browser has: the one-line page loads no
 * file and the new tab one, so the guard alone put ~20 ms on the new tab's ratio. The bench
 * watches instead: requests go on unpaused, and one leaving the extension is still recorded (and
 * still can't leave the machine: the launch flags resolve every host to nothing).
 * @param {ExtensionSession} session
 */
export async function watchInsteadOfGuard(session) {
  await session.context.unrouteAll();
  session.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('chrome-extension://') && !url.startsWith('chrome://')) session.outsideRequests.push(url);
  });
}
