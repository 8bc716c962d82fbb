// The bench starts Chromium exactly as the end-to-end tests do (same flags, every request outside
// the extension aborted) by reusing their TypeScript launch helper, bundled here for Node.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** @typedef {import('../test/e2e/harness/launch').Chromium} Chromium */

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
