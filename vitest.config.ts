import { defineConfig } from 'vitest/config';

// Tests that drive a real Chromium: the extension end to end and the add-on's sidebar.
const browserTests = ['test/e2e/**/*.test.ts', 'test/apps-script/sidebar.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: browserTests },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserTests,
          // After the unit tests, so Chromium never competes with them for the two cores; a
          // browser test that fails on load alone gets another go, one that is broken still fails.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          retry: 2,
        },
      },
    ],
  },
});
