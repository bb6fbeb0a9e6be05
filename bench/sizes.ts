import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Row } from './rows';

/** Targets from the issues: the injected reader ≤ 25 KB minified; the popup ≤ 80 KB gzipped. */
const RAW_TARGETS: Record<string, number> = { 'reader.js': 25 };

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

/** Built JavaScript per entrypoint, raw and gzipped. */
export function sizeRows(buildDir: string): Row[] {
  return jsFiles(buildDir).flatMap((file) => {
    const name = relative(buildDir, file).replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
    const bytes = readFileSync(file);
    return [
      { name: `size ${name} (minified)`, unit: 'KB' as const, median: round(bytes.length / 1024), runs: 1, target: RAW_TARGETS[name] },
      { name: `size ${name} (gzip)`, unit: 'KB' as const, median: round(gzipSync(bytes).length / 1024), runs: 1 },
    ];
  });
}

/** The popup page's whole JavaScript (its chunk plus shared chunks it imports), gzipped. */
export function popupBundleRow(buildDir: string): Row {
  const html = readFileSync(join(buildDir, 'popup.html'), 'utf8');
  const srcs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const total = srcs.reduce((n, src) => n + gzipSync(readFileSync(join(buildDir, src))).length, 0);
  return { name: 'popup bundle (gzip, all chunks)', unit: 'KB', median: round(total / 1024), runs: 1, target: 80 };
}
