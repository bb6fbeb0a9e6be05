import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
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

/**
 * Every chunk the popup page loads: the scripts popup.html names, and whatever they import,
 * statically or lazily, followed to the end. A lazy chunk still loads on each open, so it counts.
 */
export function popupChunks(buildDir: string): string[] {
  const html = readFileSync(join(buildDir, 'popup.html'), 'utf8');
  const todo = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(buildDir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) todo.push(posix.join(posix.dirname(file), m[1]!));
  }
  return [...seen].sort();
}

/** The popup page's whole JavaScript, gzipped chunk by chunk as a browser cache would hold it. */
export function popupBundleRow(buildDir: string): Row {
  const total = popupChunks(buildDir).reduce((n, f) => n + gzipSync(readFileSync(join(buildDir, f))).length, 0);
  return { name: 'popup bundle (gzip, all chunks)', unit: 'KB', median: round(total / 1024), runs: 1, target: 80 };
}
