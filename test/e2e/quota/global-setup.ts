import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../../build.mjs';
import { onExit } from '../../e2e-firefox/harness/cleanup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium folder of a test build of this run's own. */
    quotaTestBuild: string;
  }
}

/*
 * These tests run beside the other Chromium tests (scripts/test.mjs), whose set-up rebuilds
 * dist-test/: they load a test build of their own from a temporary folder instead, so neither
 * run can pull the files from under the other.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'kindly-e2e-quota-build-'));
  const remove = onExit(() => rmSync(outDir, { recursive: true, force: true }));
  const built = await build({ mode: 'test', outDir, zips: false });
  project.provide('quotaTestBuild', join(built.outDir, 'chrome'));
  return remove;
}
