import { rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * The bench page (bench.html), which seeds 10,000 people and times the store from inside the extension.
 * Built apart, after WXT's bench build (wxt.config.ts), into the same folder: as one of WXT's pages it
 * shared modules with the dashboard, which was then split into twice as many chunks as the shipped one
 * (8 scripts to load before its first render instead of 4), and the dashboard's timings measured that.
 * Same origin, same database: it opens the extension's IndexedDB with its own copy of the store's code.
 */
export async function buildBenchPage(outDir: string): Promise<void> {
  const root = resolve(import.meta.dirname, 'page');
  await build({
    configFile: false,
    root,
    base: '/',
    logLevel: 'warn',
    define: { 'import.meta.env.MODE': JSON.stringify('bench') },
    build: { outDir, emptyOutDir: false, assetsDir: 'bench-assets', rollupOptions: { input: resolve(root, 'index.html') } },
  });
  await rename(resolve(outDir, 'index.html'), resolve(outDir, 'bench.html'));
}
