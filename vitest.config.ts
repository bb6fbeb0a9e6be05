import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // The heaviest tables (every page × every sender) take 15–20 s alone and over 40 s on a loaded two-core machine (r27).
    testTimeout: 90_000,
  },
});
