import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Bundles bench/reminder-cycle.ts with the in-memory browser in place of webextension-polyfill
 * and runs it: the counts are exact, not timings.
 * @param {string} scratch  a folder to write the bundle to
 */
export async function reminderCycleWrites(scratch) {
  const root = join(import.meta.dirname, '..');
  const outfile = join(scratch, 'reminder-cycle.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['bench/reminder-cycle.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    alias: { 'webextension-polyfill': './bench/fake-polyfill.ts' },
    define: { __KINDLY_TEST__: 'true' },
    logLevel: 'warning',
  });
  const { run } = await import(pathToFileURL(outfile).href);
  return run();
}
