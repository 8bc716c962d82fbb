import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the test build's hooks, as the e2e tests do.
  define: { __KINDLY_TEST__: 'true' },
  test: {
    // Spies on the shared fake browser are undone after each test.
    restoreMocks: true,
    // Two cores: vitest's default (cores - 1) would run one file at a time, and these tests mostly
    // wait on promises, not the CPU.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Files share a worker's modules (a fifth of the time); test/setup resets what pages
          // and the worker keep between calls, and test/guards checks nothing else holds state.
          isolate: false,
          // Every .test.ts is DOM-free and runs in node, the pages' folders included; a test that
          // needs a document is a .test.tsx in the components project.
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/e2e-firefox/**'],
          setupFiles: ['test/setup/fake-browser.ts', 'test/setup/sync-writes.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          // Whole-page renders (the options page, with its later sections) and the sync writer's
          // quiet moment took 10–25 s each with the machine loaded 20 (helpers' browsers): no test waits on a timer
          // this long, so only a hang reaches it.
          testTimeout: 60_000,
          isolate: false,
          include: ['test/{ui,popup,options,newtab,pause,support,welcome,self-compassion,reflections}/**/*.test.tsx'],
          setupFiles: ['test/setup/fake-browser.ts', 'test/setup/sync-writes.ts', 'test/setup/components.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/quota/**'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings steady.
          fileParallelism: false,
          // The files share a worker's modules, and so one Chromium (test/e2e/harness/fixtures.ts):
          // each test installs Kindly afresh in it and uninstalls it after.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Chromium tests that wait for the browser's own storage.sync write quota to reopen
          // (up to a minute): npm test runs them beside the e2e project, from a build of their own.
          name: 'e2e-quota',
          environment: 'node',
          include: ['test/e2e/quota/**/*.test.ts'],
          globalSetup: ['test/e2e/quota/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['test/e2e-firefox/**/*.test.ts'],
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Firefox at a time: two cores, and each launch is a whole browser.
          fileParallelism: false,
        },
      },
    ],
  },
});
