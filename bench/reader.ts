import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BUILD, openProfileTab, type ExtensionBrowser } from '../tests/e2e/harness/browser';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { median, round, type Row } from './rows';

const RUNS = 25;

/**
 * readProfile on every page, inside Chromium: the built reader.js (what the popup
 * injects) run repeatedly on the loaded page. CDP evaluation is exempt from the
 * fixture server's CSP, so the saved pages' own scripts still never run.
 */
export async function readerRows(b: ExtensionBrowser, server: FixtureServer): Promise<Row[]> {
  const src = readFileSync(join(E2E_BUILD, 'reader.js'), 'utf8').trim().replace(/;$/, '');
  const largest = [...server.pages].sort((a, z) => statSync(z.file).size - statSync(a.file).size)[0]!;
  const rows: Row[] = [];
  for (const p of server.pages) {
    const { page } = await openProfileTab(b, `https://www.linkedin.com/in/${p.slug}/?fixture=${p.name}`);
    const times = await page.evaluate(`(() => {
      const run = () => ${src};
      for (let i = 0; i < 3; i++) run();
      const times = [];
      for (let i = 0; i < ${RUNS}; i++) { const t = performance.now(); run(); times.push(performance.now() - t); }
      return times;
    })()`);
    await page.close();
    const kb = Math.round(statSync(p.file).size / 1024);
    rows.push({ name: `readProfile ${p.name} (${kb} KB)`, unit: 'ms', median: round(median(times as number[])), runs: RUNS, target: p === largest ? 5 : undefined });
  }
  return rows;
}
