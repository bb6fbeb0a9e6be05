import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { extensionUrl, openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { PERSON_ID, popupTitle } from './stage-walk';

/** axe-core's violations on the page as it is now, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: page as never }).analyze();
  // It really ran, best practices included (the page-has-heading-one is one).
  expect(r.passes.map((p) => p.id)).toContain('page-has-heading-one');
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

// Issue 12, Done when: no axe violations on the popup, dashboard list, person page, your-data page
// and welcome page, in light and dark.
describe('accessibility (axe-core), light and dark', () => {
  const session = useSession();

  const schemes = ['light', 'dark'] as const;
  let page!: Page;
  beforeAll(async () => {
    page = await session().b.context.newPage();
  });
  let tabId = 0;
  /** Opens the page in each scheme and collects what axe finds. */
  const check = async (open: () => Promise<void>) => {
    const found: string[] = [];
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await open();
      found.push(...(await violations(page)).map((v) => `(${scheme}) ${v}`));
    }
    return found;
  };
  const T = { timeout: 120_000 };

  it('popup on a profile, before and after the ask', T, async () => {
    const { b } = session();
    tabId = (await openProfileTab(b, profileUrl(SAMPLE.slug))).tabId;
    await page.setViewportSize({ width: 420, height: 600 });
    expect(await check(async () => {
      await PopupPage.open(b, tabId, page);
      await popupTitle(page).waitFor();
    })).toEqual([]);
    const popup = await PopupPage.open(b, tabId, page);
    await popupTitle(page).waitFor();
    await popup.markSent();
    expect(await check(async () => {
      await PopupPage.open(b, tabId, page);
      await popupTitle(page).filter({ hasText: 'Waiting' }).waitFor();
    })).toEqual([]);
  });

  it('popup off a profile', T, async () => {
    const { b } = session();
    expect(await check(async () => {
      await page.goto(extensionUrl(b, 'popup.html'));
      await page.getByRole('heading', { level: 1 }).waitFor();
    })).toEqual([]);
  });

  it('dashboard list and person page', T, async () => {
    const { b } = session();
    await page.setViewportSize({ width: 1100, height: 800 });
    expect(await check(async () => {
      const dash = await DashboardPage.open(b, '#/', page);
      await dash.rowFor(SAMPLE.person).waitFor();
    })).toEqual([]);
    expect(await check(async () => {
      await DashboardPage.open(b, `#/person/${encodeURIComponent(PERSON_ID)}`, page);
      await page.locator('#person-next-step').waitFor();
    })).toEqual([]);
  });

  it('your data and welcome', T, async () => {
    const { b } = session();
    expect(await check(async () => {
      await DashboardPage.open(b, '#/data', page);
      await page.getByRole('button', { name: 'Export everything (JSON)' }).waitFor();
    })).toEqual([]);
    expect(await check(async () => {
      await page.goto(extensionUrl(b, 'welcome.html'));
      await page.getByRole('button', { name: 'Save' }).waitFor();
    })).toEqual([]);
  });
});
