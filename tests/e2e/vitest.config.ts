import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (CI has 2 cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
