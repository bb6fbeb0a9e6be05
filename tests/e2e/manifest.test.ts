import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../fixtures-dir';

// Least privilege: exactly these, and nothing that reaches into LinkedIn
// before the user opens the extension.
const SHIPPED = ['activeTab', 'alarms', 'notifications', 'scripting', 'storage'];
const builds = {
  chrome: '.output/chrome-mv3',
  firefox: '.output/firefox-mv3',
  e2e: '.output/chrome-mv3-e2e',
  'firefox-e2e': '.output/firefox-mv3-e2e',
} as const;
const isE2e = (build: string) => build.endsWith('e2e');

function manifest(dir: string): Record<string, unknown> {
  const file = resolve(projectRoot, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(Object.entries(builds))('%s manifest', (build, dir) => {
  const m = manifest(dir);
  it('is MV3 and asks for exactly the shipped permissions', () => {
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(SHIPPED);
  });
  it('declares no content script, web-accessible resource or external connection', () => {
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
  });
  it(isE2e(build) ? 'has the one test host permission' : 'has no host permission', () => {
    if (isE2e(build)) expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
    else expect(m.host_permissions).toBeUndefined();
  });
});

describe('shipped builds', () => {
  // Only `wxt build --mode bench` (npm run bench) adds it.
  it.each(Object.values(builds))('%s carries no benchmark page', (dir) => {
    expect(existsSync(resolve(projectRoot, dir, 'bench.html'))).toBe(false);
  });
  it('the e2e build loads the popup as the shipped build does: the same scripts', () => {
    const scripts = (dir: string) => [...readFileSync(resolve(projectRoot, dir, 'popup.html'), 'utf8').matchAll(/chunks\/([A-Za-z]+)-/g)].map((m) => m[1]).sort();
    expect(scripts(builds.e2e)).toEqual(scripts(builds.chrome));
    expect(scripts(builds['firefox-e2e'])).toEqual(scripts(builds.firefox));
  });
});

describe('firefox manifest', () => {
  it('carries a gecko id and declares that it collects no data', () => {
    const gecko = (manifest(builds.firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('the Firefox test build is the shipped one plus the test host permission', () => {
    const { host_permissions: _h, ...rest } = manifest(builds['firefox-e2e']);
    expect(rest).toEqual(manifest(builds.firefox));
  });
});
