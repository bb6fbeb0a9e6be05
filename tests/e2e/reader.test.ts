import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../fixtures-dir';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { PopupPage } from './harness/popup-page';
import { pagesIn } from './harness/server';
import { profileUrl, useSession } from './harness/session';

interface Expected {
  fullName: string | null;
  generation: string;
  viewer?: string;
  current: { title: string | null; company: string } | null;
}

const dir = fixturesDir();
const pages = dir ? pagesIn(dir) : [];
if (!dir) console.warn('Real LinkedIn fixtures not found (../shared/fixtures/linkedin or $COFFEE_CHAT_FIXTURES): only the bundled sample is read end to end.');

/** Listeners on window and document, from every world, through the DevTools protocol. */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expr of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

// Issue 3 in Chromium: each page at its real URL, read by the injected reader, shown in the popup.
describe('the popup reads every page generation', () => {
  const session = useSession();
  const cases = [{ slug: SAMPLE.slug, name: SAMPLE.name, expected: { fullName: SAMPLE.person, generation: 'sdui-2026', current: null } as Expected }].concat(
    pages.map((p) => ({ slug: p.slug, name: p.name, expected: JSON.parse(readFileSync(join(dir!, `${p.name}.expected.json`), 'utf8')) as Expected })),
  );

  it.each(cases)('$name: right name and role, page untouched', async ({ slug, name, expected }) => {
    const { b } = session();
    const { page, tabId } = await openProfileTab(b, profileUrl(slug, name));
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
    const listenersBefore = await listenerCount(page);

    const popup = await PopupPage.open(b, tabId);
    if (expected.generation === 'not-found') {
      await expect.poll(() => popup.problem.first().textContent()).toMatch(/not found/i);
    } else {
      const shown = await popup.name.textContent({ timeout: 15_000 });
      expect(shown).toBe(expected.fullName);
      const card = (await popup.page.getByRole('region', { name: 'Profile' }).textContent()) ?? '';
      if (expected.current?.title) expect(card).toContain(expected.current.title);
      if (expected.current?.company) expect(card).toContain(expected.current.company);
    }
    await popup.page.close();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    expect(await listenerCount(page)).toBe(listenersBefore);
    await page.close();
  });
});
