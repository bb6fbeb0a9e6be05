import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The end-to-end build (`--mode e2e`) is the only one with a host permission:
// Playwright cannot click the toolbar button that grants activeTab.
export const SHIPPED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'alarms', 'notifications'];
export const E2E_HOST = 'https://www.linkedin.com/*';

// The e2e and bench builds are the shipped build plus test hooks, so they build for production too:
// WXT sets NODE_ENV to the mode, and a NODE_ENV other than "production" gives Preact's development JSX
// and devtools (about a third more popup code), which the popup and dashboard timings would measure.
if (process.env.NODE_ENV === 'e2e' || process.env.NODE_ENV === 'bench') process.env.NODE_ENV = 'production';

type Info = { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
/**
 * One chunk for what the popup shares with the other pages, rather than the several the bundler would cut:
 * each chunk a page names costs the popup a request its first script waits behind (about 4 ms apiece on the
 * bench machine, in a trace of popup.html). What only the popup uses stays in its own chunk.
 */
function sharedWithPopup(id: string, api: { getModuleInfo(id: string): Info }): string | undefined {
  // Whether `page` imports the module, at once or (`lazily`) also through a chunk it loads later.
  const reaches = (page: RegExp, lazily: boolean) => {
    const seen = new Set<string>();
    const up = (m: string): boolean => {
      if (page.test(m)) return true;
      if (seen.has(m)) return false;
      seen.add(m);
      const info = api.getModuleInfo(m);
      return [...(info?.importers ?? []), ...(lazily ? info?.dynamicImporters ?? [] : [])].some(up);
    };
    return up(id);
  };
  if (/\/entrypoints\//.test(id) || !reaches(/entrypoints\/popup\/(main\.tsx|index\.html)$/, false)) return undefined;
  return reaches(/entrypoints\/(dashboard|welcome)\/(main\.tsx|index\.html)$/, true) ? 'shared' : undefined;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The benchmark page exists only in the bench build (`npm run bench`), built apart once WXT is done
    // (bench/page-build.ts), so every build, the bench one included, splits its pages as the shipped one does.
    'build:done': async (wxt) => {
      if (wxt.config.mode === 'bench') await (await import('./bench/page-build')).buildBenchPage(wxt.config.outDir);
    },
  },
  vite: () => ({
    plugins: [preact(), { name: 'shared-with-popup', outputOptions: (o: { codeSplitting?: unknown; manualChunks?: unknown }) => (o.codeSplitting === false ? o : { ...o, manualChunks: sharedWithPopup }) }],
    build: { sourcemap: !!process.env.SOURCEMAP, minify: !process.env.NOMINIFY },
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Coffee Chat',
    description: 'Personal, low-commitment mentorship asks from LinkedIn profiles, tracked and nudged, all on your machine.',
    permissions: SHIPPED_PERMISSIONS,
    ...(mode === 'e2e' ? { host_permissions: [E2E_HOST] } : {}),
    action: { default_title: 'Coffee Chat' },
    // The dashboard doubles as the options page.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'coffee-chat@coffee-chat.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
