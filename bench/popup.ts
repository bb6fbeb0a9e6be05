import { SAMPLE } from '../tests/demo/sample';
import { extensionUrl, openProfileTab, type ExtensionBrowser } from '../tests/e2e/harness/browser';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { median, round, type Row } from './rows';
import { blankPageTimes } from './tracker';

const OPENS = 15;
/** Opens before measuring, not counted: the browser's first ever opens compile the scripts. */
const WARM_UP = 2;

/**
 * Popup open → draft visible, in a fresh page each time (a cold open: nothing of the popup
 * is kept between opens), as a person sees it. The first opens after the browser starts
 * pay for compiling the scripts once, which V8 then caches; they are run but not counted.
 */
export async function popupRows(b: ExtensionBrowser, server: FixtureServer): Promise<Row[]> {
  const targets = server.pages.filter((p) => p === SAMPLE || p.name === 'sdui-2026-b');
  const rows: Row[] = [];
  const blank = round(median(await blankPageTimes(b, OPENS)), 1);
  for (const t of targets) {
    const { tabId } = await openProfileTab(b, `https://www.linkedin.com/in/${t.slug}/?fixture=${t.name}`);
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + OPENS; i++) {
      const page = await b.context.newPage();
      await page.goto(extensionUrl(b, `popup.html?tab=${tabId}`));
      await page.waitForFunction(() => performance.getEntriesByName('coffee-chat:draft-visible').length > 0, undefined, { timeout: 10_000 });
      const ms = await page.evaluate(() => performance.getEntriesByName('coffee-chat:draft-visible')[0]!.startTime);
      if (i >= WARM_UP) times.push(ms);
      await page.close();
    }
    rows.push({ name: `popup open → draft visible (${t.name})`, unit: 'ms', median: round(median(times), 1), runs: OPENS, target: 150, floor: blank });
  }
  return rows;
}
