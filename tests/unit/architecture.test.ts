import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../fixtures-dir';

// Tests that keep the architecture honest (ARCHITECTURE.md).
function sources(dir: string): string[] {
  return readdirSync(join(projectRoot, dir)).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(join(projectRoot, p)).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const read = (f: string) => readFileSync(join(projectRoot, f), 'utf8');
const shipped = [...sources('lib'), ...sources('components'), ...sources('entrypoints')];

/** Every source file an entrypoint reaches through value imports (type-only imports vanish); `lazy: false` leaves out import(). */
function reach(entry: string, { lazy = true } = {}): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    // import … from, export … from (barrels) and import() alike; only type-only forms are skipped.
    const specs = /^(?:import|export) (?!type )[^;]*?from ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const m of read(f).matchAll(specs)) {
      if (!lazy && m[3]) continue;
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) {
        seen.add(spec);
        continue;
      }
      const base = spec.startsWith('@/') ? spec.slice(2) : join(dirname(f), spec);
      const file = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((x) => base + x).find((c) => existsSync(join(projectRoot, c)));
      if (file) todo.push(file);
    }
  }
  return seen;
}

describe('architecture', () => {
  it('the popup never loads Dexie: the background owns the database', () => {
    const popup = reach('entrypoints/popup/main.tsx');
    // Controls: the walk really follows the popup, and does find Dexie where it is used.
    expect(popup.has('components/popup/Composer.tsx')).toBe(true);
    expect(reach('entrypoints/dashboard/main.tsx').has('dexie')).toBe(true);
    expect([...popup].filter((f) => f === 'dexie' || f.startsWith('lib/tracker/db') || f.endsWith('/serve.ts'))).toEqual([]);
  });

  it("the person page loads no composer, coach or CSV library with it: the draft, the close and the CSV load when shown", () => {
    const first = reach('components/dashboard/PersonPage.tsx', { lazy: false });
    const heavy = ['lib/compose/compose-ask.ts', 'lib/compose/questions.ts', 'lib/compose/followups.ts', 'lib/coach/index.ts', 'papaparse'];
    // Controls: the walk follows the page into the mentorship journal, and import() does reach them.
    expect(first.has('components/dashboard/mentorship/Goals.tsx')).toBe(true);
    expect(heavy.filter((f) => !reach('components/dashboard/PersonPage.tsx').has(f))).toEqual([]);
    expect(heavy.filter((f) => first.has(f))).toEqual([]);
  });

  it("every Dexie transaction's scope function is async (lib/tracker/tx.ts write says why)", () => {
    const scopes = shipped.flatMap((f) => [...read(f).matchAll(/\.transaction\((?:[^()]|\([^()]*\))*?,\s*(async\s+)?(?:\([^()]*\)|\w+)\s*=>/g)].map((m) => ({ f, async: !!m[1] })));
    // Control: the walk finds them (write() itself, and the read-only ones).
    expect(scopes.length).toBeGreaterThanOrEqual(5);
    expect(scopes.filter((s) => !s.async).map((s) => s.f)).toEqual([]);
  });

  it('lib/ touches browser.* only inside functions, never at module top level', () => {
    const offenders = sources('lib').filter((f) => read(f).split('\n').some((line) => /^(?!\s|\/\/|\*|import|export \{)[^\n]*\bbrowser\./.test(line)));
    expect(offenders).toEqual([]);
  });

  it('the injected reader pulls in no zod, Preact or Dexie (it must stay under 25 KB)', () => {
    const reader = sources('lib/linkedin').filter((f) => !f.endsWith('schema.ts'));
    // Type-only imports of the schema vanish at build time; value imports would bundle zod.
    const heavy = reader.filter((f) => /^import (?!type )[^;]*from ['"](zod|preact[^'"]*|dexie|\.\.\/zod|\.\/schema)['"]/m.test(read(f)));
    expect(heavy.map((f) => relative('lib/linkedin', f))).toEqual([]);
  });

  it('extension code makes no network requests of any kind', () => {
    const net = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|navigator\.connection/;
    expect(shipped.filter((f) => net.test(read(f)))).toEqual([]);
  });

  it('profile text never reaches the DOM as HTML', () => {
    expect(shipped.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(read(f)))).toEqual([]);
  });

  it('every zod import goes through lib/zod.ts (jitless under the extension CSP)', () => {
    expect(shipped.filter((f) => f !== 'lib/zod.ts' && /from ['"]zod['"]/.test(read(f)))).toEqual([]);
  });
});
