import { resolve } from 'node:path';
import { fixturesDir, projectRoot } from '../tests/fixtures-dir';
import { SAMPLE } from '../tests/demo/sample';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/browser';
import { pagesIn, startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';
import { popupRows } from './popup';
import { readerRows } from './reader';
import type { Row } from './rows';
import { onlyImportRows, onlyMentorshipRows, onlyNudgeRows, trackerRows } from './tracker';

/** The bench build: the shipped pages plus bench.html, which seeds 10,000 people (built apart: bench/page-build.ts). */
const BENCH_BUILD = resolve(projectRoot, '.output/chrome-mv3-bench');

export async function withBrowser(fn: (b: ExtensionBrowser, server: FixtureServer) => Promise<Row[]>, extDir?: string): Promise<Row[]> {
  const dir = fixturesDir();
  const server = await startFixtureServer([SAMPLE, ...(dir ? pagesIn(dir) : [])]);
  const b = await launchWithExtension(server.port, { extDir });
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
  tracker: () => withBrowser(trackerRows, BENCH_BUILD),
  /** The tracker's nudge rows alone (not in a full run: `tracker` has them). */
  nudges: () => withBrowser(onlyNudgeRows, BENCH_BUILD),
  /** Export and import alone, with the import's floor by table (not in a full run: `tracker` has the rest). */
  import: () => withBrowser(onlyImportRows, BENCH_BUILD),
  /** The mentorship page alone, beside a blank extension page (not in a full run: `tracker` has it). */
  mentorship: () => withBrowser(onlyMentorshipRows, BENCH_BUILD),
};

/** Suites that only repeat part of `tracker`: left out of a full run, and a run of them alone writes no results.json. */
export const PARTIAL_SUITES: readonly string[] = ['nudges', 'import', 'mentorship'];
