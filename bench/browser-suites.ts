import { fixturesDir } from '../tests/fixtures-dir';
import { SAMPLE } from '../tests/demo/sample';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/browser';
import { pagesIn, startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';
import { popupRows } from './popup';
import { readerRows } from './reader';
import type { Row } from './rows';
import { trackerRows } from './tracker';

export async function withBrowser(fn: (b: ExtensionBrowser, server: FixtureServer) => Promise<Row[]>): Promise<Row[]> {
  const dir = fixturesDir();
  const server = await startFixtureServer([SAMPLE, ...(dir ? pagesIn(dir) : [])]);
  const b = await launchWithExtension(server.port);
  try {
    return await fn(b, server);
  } finally {
    await b.close();
    await server.close();
  }
}

/** Browser-measured suites, by name; `npm run bench -- reader` runs only some. */
export const SUITES: Record<string, () => Promise<Row[]>> = {
  reader: () => withBrowser(readerRows),
  popup: () => withBrowser(popupRows),
  tracker: () => withBrowser(trackerRows),
};
