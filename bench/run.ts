import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../tests/fixtures-dir';
import { coachRows } from './coach';
import type { Row } from './rows';
import { popupBundleRow, sizeRows } from './sizes';

// `npm run bench`: builds, measures, prints a table and writes bench/results.json.
// Browser timings run in Debian's Chromium against real IndexedDB; never in a test.
const chrome = resolve(projectRoot, '.output/chrome-mv3');
const suites = process.argv.slice(2);
const { SUITES, PARTIAL_SUITES } = await import('./browser-suites');
// `nudges`, `import` or `mentorship` alone (parts of `tracker`) needs only the bench build, and prints without writing results.json.
const partial = suites.length > 0 && suites.every((s) => PARTIAL_SUITES.includes(s));
const rows: Row[] = partial ? [] : [...sizeRows(chrome), popupBundleRow(chrome), ...coachRows(), ...(await import('./compose')).composeRows()];
for (const [name, load] of Object.entries(SUITES)) {
  if (suites.length ? !suites.includes(name) : PARTIAL_SUITES.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await load()));
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('measurement', 58)} ${pad('median', 10)} ${pad('unit', 5)} ${pad('runs', 5)} ${pad('floor', 8)} ${pad('ratio', 6)} target`);
for (const r of rows) {
  const verdict = r.target === undefined ? '' : `${r.median <= r.target ? 'ok' : 'OVER'} (≤ ${r.target})`;
  const floor = r.floor === undefined ? '' : String(r.floor);
  const ratio = r.floor ? `×${(r.median / r.floor).toFixed(1)}` : '';
  console.log(`${pad(r.name, 58)} ${pad(String(r.median), 10)} ${pad(r.unit, 5)} ${pad(String(r.runs), 5)} ${pad(floor, 8)} ${pad(ratio, 6)} ${verdict}`);
}
// A quick `nudges`, `import` or `mentorship` run prints only: bench/results.json keeps the last full run.
if (!partial) {
  writeFileSync(resolve(projectRoot, 'bench/results.json'), JSON.stringify(rows, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${rows.length} rows)`);
}
