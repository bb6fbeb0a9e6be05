import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../fixtures-dir';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver } from './harness/driver';
import { pagesIn } from './harness/server';
import { profileUrl } from './harness/session';
import { PopupView } from './harness/views';

interface Expected {
  fullName: string | null;
  generation: string;
  viewer?: string;
  current: { title: string | null; company: string } | null;
}

const dir = fixturesDir();
const pages = dir ? pagesIn(dir) : [];
if (!dir) console.warn('Real LinkedIn fixtures not found (../shared/fixtures/linkedin or $COFFEE_CHAT_FIXTURES): only the bundled sample is read end to end.');

// Issue 3 in Chromium and Firefox: each page at its real URL, read by the injected reader, shown in the popup.
describe.each(browsersUnderTest())('the popup reads every page generation, in %s', (browser) => {
  const session = useDriver(browser);
  const cases = [{ slug: SAMPLE.slug, name: SAMPLE.name, expected: { fullName: SAMPLE.person, generation: 'sdui-2026', current: null } as Expected }].concat(
    pages.map((p) => ({ slug: p.slug, name: p.name, expected: JSON.parse(readFileSync(join(dir!, `${p.name}.expected.json`), 'utf8')) as Expected })),
  );

  it.each(cases)('$name: right name and role, page untouched', async ({ slug, name, expected }) => {
    const { d } = session();
    const { tab: page, tabId } = await d.openProfileTab(profileUrl(slug, name));
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
    // Listeners on window and document from every world, the reader's isolated one too.
    const listenersBefore = await d.listenerCount(page);

    const popup = await PopupView.open(d, tabId);
    if (expected.generation === 'not-found') {
      await expect.poll(() => popup.problem.first().textContent()).toMatch(/not found/i);
    } else {
      const shown = await popup.name.textContent({ timeout: 15_000 });
      expect(shown).toBe(expected.fullName);
      const card = (await popup.profile.textContent()) ?? '';
      if (expected.current?.title) expect(card).toContain(expected.current.title);
      if (expected.current?.company) expect(card).toContain(expected.current.company);
    }
    await popup.tab.close();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    expect(await d.listenerCount(page)).toBe(listenersBefore);
    await page.close();
  });
});
