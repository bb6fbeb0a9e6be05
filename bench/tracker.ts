import type { Page } from 'playwright-core';
import { extensionUrl, type ExtensionBrowser } from '../tests/e2e/harness/browser';
import { median, round, type Row } from './rows';

const PEOPLE = 10_000;
/** Opens before measuring, not counted (as bench/popup.ts): the first opens after the browser starts compile the scripts. */
const WARM_UP = 2;
const QUERIES = ['m', 'ma', 'mar', 'marisol', 'marisol vega 9', 'globex', 'design', 'noor', 'conference 7', 'person-42', 'sven berg', ''];
const T0 = Date.UTC(2026, 10, 22, 9, 0);
type Bench = {
  seed(n: number, t0: number, mentorships?: number): Promise<{ people: number; events: number; mentorships: number }>;
  exportAll(): Promise<number>;
  importIntoEmpty(): Promise<number>;
  nudges(now: number, which: 'due' | 'next' | 'plan' | 'all'): Promise<number>;
  reindex(): Promise<number>;
  floorFirstPage(): Promise<number>;
  floorExport(): Promise<number>;
  floorImport(): Promise<number>;
  floorImportTables(): Promise<Record<string, number>>;
  floorScan(): Promise<number>;
};
const api = (page: Page) => ({
  call: <K extends keyof Bench>(k: K, ...args: Parameters<Bench[K]>) =>
    page.evaluate(([k, args]) => (globalThis as unknown as { coffeeBench: Record<string, (...a: unknown[]) => unknown> }).coffeeBench[k as string]!(...(args as unknown[])), [k, args] as const) as ReturnType<Bench[K]>,
});

async function repeat(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/**
 * Types a query into the search box and waits (by MutationObserver, not polling) for
 * the list to change. A string, not a function: tsx would wrap a function in helpers
 * that don't exist inside the page.
 */
async function searchKeystroke(page: Page, q: string): Promise<number> {
  return page.evaluate(`new Promise((ok) => {
    const input = document.querySelector('#search');
    const snapshot = () => document.querySelector('.pipeline')?.textContent ?? '';
    const before = snapshot();
    const mo = new MutationObserver(() => {
      if (snapshot() === before) return;
      mo.disconnect();
      ok(performance.now() - t);
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { mo.disconnect(); ok(NaN); }, 5000);
    const t = performance.now();
    input.value = ${JSON.stringify(q)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`);
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/** Opening a near-blank extension page (its icon: no script, in every build) to its load event: the floor of any page's first render. */
export async function blankPageTimes(b: ExtensionBrowser, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b, 'icon/128.png'));
    out.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await page.close();
  }
  return out;
}

async function seed(b: ExtensionBrowser, mentorships?: number): Promise<void> {
  const seeder = await b.context.newPage();
  await seeder.goto(extensionUrl(b, 'bench.html'));
  const seeded = await api(seeder).call('seed', PEOPLE, T0, mentorships);
  process.stderr.write(`bench: seeded ${seeded.people} people, ${seeded.events} events, ${seeded.mentorships} mentorships\n`);
  // Extension pages share one renderer and one JS heap: the seeding's garbage is not the
  // dashboard's, so it is collected and its page closed before the dashboard is measured.
  await collectGarbage(seeder);
  await seeder.close();
}

/** The nudge rows (issue 14's due nudges), beside a raw scan of the same table; before a run they need seed(). */
async function nudgeRows(bench: ReturnType<typeof api>): Promise<Row[]> {
  const r = (x: number) => round(x, 1);
  const scans = await repeat(25, () => bench.call('floorScan'));
  const now = T0 + 200 * 86_400_000;
  const due = await repeat(25, () => bench.call('nudges', now, 'due'));
  const next = await repeat(25, () => bench.call('nudges', now, 'next'));
  const plans = await repeat(25, () => bench.call('nudges', now, 'plan'));
  const all = await repeat(25, () => bench.call('nudges', now, 'all'));
  const reindex = await repeat(3, () => bench.call('reindex'));
  return [
    { name: 'dueNudges over 10,000 people (with query)', unit: 'ms', median: r(median(due)), runs: due.length, target: 20, floor: r(median(scans)) },
    { name: 'nextDueAt over 10,000 people (with query)', unit: 'ms', median: r(median(next)), runs: next.length, target: 20, floor: r(median(scans)) },
    { name: '  "Show all": every due nudge with its title', unit: 'ms', median: r(median(all)), runs: all.length, floor: r(median(scans)) },
    { name: '  background plan: every due person read, for notifications', unit: 'ms', median: r(median(plans)), runs: plans.length, floor: r(median(scans)) },
    { name: '  re-index the nudges after a settings change', unit: 'ms', median: r(median(reindex)), runs: reindex.length },
  ];
}

/** Only the nudge rows: `npx wxt build --mode bench && npx tsx bench/run.ts nudges` (a minute, not eight). */
export async function onlyNudgeRows(b: ExtensionBrowser): Promise<Row[]> {
  await seed(b);
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'bench.html'));
  const rows = await nudgeRows(api(page));
  await page.close();
  return rows;
}

/** Export, then import into an emptied database, five times each, beside their floors; seed() first. */
async function transferTimes(b: ExtensionBrowser): Promise<Record<'exports' | 'imports', Pick<Row, 'median' | 'runs' | 'floor'>>> {
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'bench.html'));
  const bench = api(page);
  const row = async (run: () => Promise<number>, floor: () => Promise<number>) => {
    const times = await repeat(5, run);
    return { median: round(median(times), 1), runs: times.length, floor: round(median(await repeat(5, floor)), 1) };
  };
  const exports = await row(() => bench.call('exportAll'), () => bench.call('floorExport'));
  const imports = await row(() => bench.call('importIntoEmpty'), () => bench.call('floorImport'));
  await page.close();
  return { exports, imports };
}

/**
 * Only export and import, and the import's floor split by table, where its time goes: a few minutes, not the whole bench.
 * `npx wxt build --mode bench && npx tsx bench/run.ts import`
 */
export async function onlyImportRows(b: ExtensionBrowser): Promise<Row[]> {
  await seed(b, 0);
  const { exports, imports } = await transferTimes(b);
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'bench.html'));
  const splits: Record<string, number>[] = [];
  for (let i = 0; i < 5; i++) splits.push(await api(page).call('floorImportTables'));
  await page.close();
  const alone = (name: string, table: string): Row => ({ name, unit: 'ms', median: round(median(splits.map((s) => s[table]!)), 1), runs: splits.length });
  return [
    { name: 'full export (10,000 people, 30,000 events)', unit: 'ms', ...exports, target: 1500 },
    { name: 'full import into an empty database (the same)', unit: 'ms', ...imports, target: 3000 },
    alone('  its floor by table: 10,000 people (no index)', 'people'),
    alone('  … 10,000 histories (2 multi-entry indexes)', 'history'),
    alone('  … 10,000 summaries (8 indexes, 63,000 entries)', 'summaries'),
  ];
}

/** Issue 16: a mentorship page (3 goals, 12 sessions, 20 journal entries) among 1,000; people 6, 14, … mentor. seed() first. */
async function mentorshipTimes(b: ExtensionBrowser): Promise<{ mentorship: number[]; coldMentorship: number[] }> {
  const mentorship: number[] = [];
  const coldMentorship: number[] = [];
  for (let i = 0; i < WARM_UP + 5; i++) {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b, `dashboard.html#/person/${encodeURIComponent(`https://www.linkedin.com/in/person-${6 + 8 * 40 * i}/`)}`));
    await page.waitForFunction(() => performance.getEntriesByName('coffee-chat:mentorship-visible').length > 0, undefined, { timeout: 20_000 });
    (i < WARM_UP ? coldMentorship : mentorship).push(await page.evaluate(() => performance.getEntriesByName('coffee-chat:mentorship-visible')[0]!.startTime));
    await page.close();
  }
  return { mentorship, coldMentorship };
}

/** The mentorship page's rows; its floor is opening a blank extension page, what any page of the extension costs first. */
function mentorshipRows(mentorship: number[], cold: number[], blankPages: number[]): Row[] {
  const r = (x: number) => round(x, 1);
  return [
    { name: 'open a mentorship page (1,000 mentorships among 10,000)', unit: 'ms', median: r(median(mentorship)), runs: mentorship.length, target: 300, floor: r(median(blankPages)) },
    { name: "  a mentorship page's very first open (compiles its scripts)", unit: 'ms', median: r(cold[0]!), runs: 1 },
  ];
}

/** Only the mentorship page: `npx wxt build --mode bench && npx tsx bench/run.ts mentorship` (a minute or two). */
export async function onlyMentorshipRows(b: ExtensionBrowser): Promise<Row[]> {
  await seed(b);
  const blankPages = await blankPageTimes(b, 5);
  const { mentorship, coldMentorship } = await mentorshipTimes(b);
  return mentorshipRows(mentorship, coldMentorship, blankPages);
}

/** The tracker's targets, in Chromium against the extension's real IndexedDB with 10,000 people. */
export async function trackerRows(b: ExtensionBrowser): Promise<Row[]> {
  // Issue 14's targets for export and import are at its own scale: 10,000 people and 30,000 events, no journals.
  await seed(b, 0);
  const plain = await transferTimes(b);
  await seed(b);

  const blankPages = await blankPageTimes(b, 5);
  const renders: number[] = [];
  const colds: number[] = [];
  const heaps: number[] = [];
  const searches: number[] = [];
  // As for the popup (bench/popup.ts), the first opens after the browser starts compile the scripts, which V8 then
  // caches: they are not counted in the row, and the very first is reported on its own line.
  for (let i = 0; i < WARM_UP + 5; i++) {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b, 'dashboard.html'));
    await page.waitForFunction(() => performance.getEntriesByName('coffee-chat:list-visible').length > 0, undefined, { timeout: 20_000 });
    (i < WARM_UP ? colds : renders).push(await page.evaluate(() => performance.getEntriesByName('coffee-chat:list-visible')[0]!.startTime));
    heaps.push(await heapMB(page));
    // Keystrokes on the last open page, once the list's rows are cached like a user's would be.
    for (const q of i === WARM_UP + 4 ? QUERIES : []) {
      const ms = await searchKeystroke(page, q);
      if (Number.isFinite(ms)) searches.push(ms);
      heaps.push(await heapMB(page));
    }
    await page.close();
  }
  const { mentorship, coldMentorship } = await mentorshipTimes(b);
  const benchPage = await b.context.newPage();
  await benchPage.goto(extensionUrl(b, 'bench.html'));
  const bench = api(benchPage);
  const firstPages = await repeat(5, () => bench.call('floorFirstPage'));
  const nudges = await nudgeRows(bench);
  await benchPage.close();
  // Last: importing leaves the database as the import wrote it.
  const journals = await transferTimes(b);
  const r = (x: number) => round(x, 1);
  return [
    { name: "dashboard's first render (10,000 people)", unit: 'ms', median: r(median(renders)), runs: renders.length, target: 300, floor: r(median(blankPages) + median(firstPages)) },
    { name: '  first page of rows straight from Dexie (in the floor above)', unit: 'ms', median: r(median(firstPages)), runs: firstPages.length },
    { name: "  the dashboard's very first open (compiles its scripts)", unit: 'ms', median: r(colds[0]!), runs: 1 },
    ...mentorshipRows(mentorship, coldMentorship, blankPages),
    { name: 'search keystroke → updated list', unit: 'ms', median: r(median(searches)), runs: searches.length, target: 50 },
    { name: 'full export (10,000 people, 30,000 events)', unit: 'ms', ...plain.exports, target: 1500 },
    { name: 'full import into an empty database (the same)', unit: 'ms', ...plain.imports, target: 3000 },
    { name: '  full export, with 1,000 mentorship journals too', unit: 'ms', ...journals.exports },
    { name: '  full import, with 1,000 mentorship journals too', unit: 'ms', ...journals.imports },
    { name: 'peak JS heap of the dashboard', unit: 'MB', median: r(Math.max(...heaps)), runs: heaps.length, target: 60 },
    ...nudges,
  ];
}
