import { afterAll, beforeAll } from 'vitest';
import { fixturesDir } from '../../fixtures-dir';
import { SAMPLE } from '../../demo/sample';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { pagesIn, startFixtureServer, type FixtureServer } from './server';

export interface Session {
  b: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * One Chromium with the e2e build per test file, and the fixture server with the
 * bundled sample plus every real page from ../shared (when it is there).
 */
export function useSession(): () => Session {
  let s: Session | null = null;
  beforeAll(async () => {
    const dir = fixturesDir();
    const server = await startFixtureServer([SAMPLE, ...(dir ? pagesIn(dir) : [])]);
    const b = await launchWithExtension(server.port);
    s = { b, server };
  });
  afterAll(async () => {
    await s?.b.close();
    await s?.server.close();
  });
  return () => {
    if (!s) throw new Error('the browser session did not start');
    return s;
  };
}

export const profileUrl = (slug: string, fixture?: string) =>
  `https://www.linkedin.com/in/${slug}/${fixture ? `?fixture=${fixture}` : ''}`;

/** Only our fixture server and the extension itself may ever be contacted; in Chromium or Firefox. */
export function foreignRequests(urls: string[], extensionId: string): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if ((url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') && url.host === extensionId) return false;
    if (url.protocol === 'https:' && url.host === 'www.linkedin.com') return false;
    return !['data:', 'blob:', 'about:'].includes(url.protocol);
  });
}
