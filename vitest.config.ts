import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the test build's hooks, as the e2e tests do.
  define: { __KINDLY_TEST__: 'true' },
  test: {
    // Spies on the shared fake browser are undone after each test.
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{core,platform,background,guards,build}/**/*.test.ts'],
          setupFiles: ['test/setup/fake-browser.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/{ui,popup,options,newtab,pause,support,welcome,self-compassion}/**/*.test.tsx'],
          setupFiles: ['test/setup/fake-browser.ts', 'test/setup/components.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings steady.
          fileParallelism: false,
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
