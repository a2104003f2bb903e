import { defineConfig } from 'vitest/config';

/** `npm run bench:render`: the Chromium render benchmark, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/render.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
