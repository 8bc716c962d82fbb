import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../build.mjs';
import { onExit } from './harness/cleanup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Firefox folders of the test build (release code plus test-only hooks) and the release build. */
    firefoxBuilds: { test: string; release: string };
  }
}

/*
 * Builds the test build and the release build into a temporary folder of this run's own, not
 * dist-test/: a Chromium e2e run going on at the same time (which rebuilds dist-test/) can't
 * pull the files from under a Firefox run, nor the other way round.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'kindly-e2e-firefox-build-'));
  // Removed after the run, or when vitest is stopped before it ends.
  const remove = onExit(() => rmSync(outDir, { recursive: true, force: true }));
  const [testBuild, releaseBuild] = await Promise.all([
    build({ mode: 'test', outDir: join(outDir, 'test'), zips: false }),
    build({ mode: 'production', outDir: join(outDir, 'release'), zips: false }),
  ]);
  project.provide('firefoxBuilds', { test: join(testBuild.outDir, 'firefox'), release: join(releaseBuild.outDir, 'firefox') });
  return remove;
}
