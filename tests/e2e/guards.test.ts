import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../fixtures-dir';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { popupTitle } from './stage-walk';

const dir = fixturesDir();
const has = (name: string) => !!dir && existsSync(join(dir, `${name}.html`));

// Issue 12: the popup fits 360 to 800 px wide; your own profile is recognised; a 1st-degree
// connection gets no invitation, the message channel instead (real saved pages from ../shared).
describe('popup guards', () => {
  const session = useSession();

  it('fits 360 to 800 px wide without sideways scrolling', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    for (const width of [360, 420, 800]) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width, height: 600 });
      const popup = await PopupPage.open(b, tabId, page);
      await popup.draft();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
      for (const link of ['Dashboard', 'Settings']) {
        const box = await page.getByRole('link', { name: link, exact: true }).boundingBox();
        expect(box!.x + box!.width, `${link} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });

  it.each([['sdui-2026-self', 'rohanmalhotra2207']].filter(([n]) => has(n!)))('your own profile (%s): "This is your profile", no ask', async (name, slug) => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(slug!, name));
    const popup = await PopupPage.open(b, tabId);
    await popup.page.getByRole('heading', { name: 'This is your profile' }).waitFor();
    expect(await popup.page.getByRole('link', { name: 'your settings' }).getAttribute('href')).toBe('/welcome.html');
    expect(await popup.message.count()).toBe(0);
    expect(await popupTitle(popup.page).count()).toBe(0);
  });

  it.each([['ember-2024-d', 'ravindrakolluri']].filter(([n]) => has(n!)))('a 1st-degree connection (%s): a message, never an invitation', async (name, slug) => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(slug!, name));
    const popup = await PopupPage.open(b, tabId);
    await popup.draft();
    expect(await popup.page.getByRole('radio', { name: 'Message', exact: true }).isChecked()).toBe(true);
    await popup.chooseChannel('Connection note');
    await popup.page.getByText(/already connected/).waitFor();
    expect(await popup.page.getByRole('button', { name: /without a note/i }).count()).toBe(0);
    await popup.page.getByRole('button', { name: 'Send it as a message' }).click();
    expect(await popup.page.getByRole('radio', { name: 'Message', exact: true }).isChecked()).toBe(true);
  });
});
