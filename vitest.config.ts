import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{core,platform,background,guards,build}/**/*.test.ts'],
          setupFiles: ['test/setup/fake-browser.ts'],
        },
      },
      {
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/{ui,popup,options,newtab}/**/*.test.tsx'],
          setupFiles: ['test/setup/fake-browser.ts', 'test/setup/components.ts'],
        },
      },
      {
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
    ],
  },
});
