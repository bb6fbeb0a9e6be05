import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (CI has 2 cores), generous timeouts.
// E2E_BROWSERS (tests/e2e/run.ts sets it from --browser) picks Chromium, Firefox or both (the default).
// Files on the Chromium-only harness (useSession) and chromium-*.test.ts (CDP) need Chromium; firefox-*.test.ts need Firefox.
const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');
const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
const chromiumOnly = files.filter((f) => f.startsWith('chromium-') || readFileSync(`${dir}/${f}`, 'utf8').includes('useSession('));
const firefoxOnly = files.filter((f) => f.startsWith('firefox-'));
const skip = [...(browsers.includes('chromium') ? [] : chromiumOnly), ...(browsers.includes('firefox') ? [] : firefoxOnly)];

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: skip.map((f) => `tests/e2e/${f}`),
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
