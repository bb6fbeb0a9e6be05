// `npm run test:e2e -- --browser=chromium|firefox [vitest args]`: the end-to-end suite in one
// browser for local work (vitest's own --browser means something else). Without it: both, as CI runs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const rest: string[] = [];
let browsers = process.env.E2E_BROWSERS;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a.startsWith('--browser=')) browsers = a.slice('--browser='.length);
  else if (a === '--browser') browsers = args[++i];
  else rest.push(a);
}
// vitest's CLI entry (the "bin" of its package.json, which its exports do not list).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '-c', 'tests/e2e/vitest.config.ts', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BROWSERS: browsers ?? 'chromium,firefox' },
});
process.exit(run.status ?? 1);
