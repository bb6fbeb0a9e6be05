import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (CI has 2 cores), generous timeouts.
// E2E_BROWSERS (tests/e2e/run.ts sets it from --browser) picks Chromium, Firefox or both;
// firefox-*.test.ts need Firefox itself.
const firefox = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').includes('firefox');

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: firefox ? [] : ['tests/e2e/firefox-*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
