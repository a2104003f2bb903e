import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs in jsdom and is fast; `browser` drives Debian's Chromium through
 * playwright-core against built artefacts (static Storybook, the example app), one file at a time,
 * and runs the tests that install packages from the npm registry (`*.registry.test.ts`).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/**/*.chromium.test.ts', 'test/**/*.registry.test.ts'],
          setupFiles: ['test/setup.ts'],
          // A timeout catches a hang, not slowness (speed has its benchmarks): property tests with
          // thousands of runs need headroom on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          globals: true,
          // *.chromium.test.ts elsewhere (test/compat) also installs packages and drives Chromium;
          // *.registry.test.ts installs from the npm registry and needs no browser.
          include: ['test/browser/**/*.test.ts', 'test/**/*.chromium.test.ts', 'test/**/*.registry.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
