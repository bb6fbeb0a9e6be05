import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { PERSON_ID, STAGES, inViewport, pageTitle, popupTitle, setClock, type Ctx } from './stage-walk';

// Issue 12 in Chromium: one person through every stage with the test clock. At each stage the popup
// on their profile and their person page lead with the same next step and its draft; Mark as sent
// records that step (the timeline names it), and the primary buttons are visible at 420 × 600.
describe('one next step per person, every stage', () => {
  const session = useSession();

  it('walks not yet asked → … → closed', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popupPage = await b.context.newPage();
    await popupPage.setViewportSize({ width: 420, height: 600 });
    const dash = await DashboardPage.open(b);
    const c: Ctx = { b, tabId, popup: null as unknown as PopupPage, dash, t0: Date.now(), chatAt: 0, chatMinutes: 0 };
    const personHash = `#/person/${encodeURIComponent(PERSON_ID)}`;
    for (const stage of STAGES) {
      await setClock(b, stage.at(c));
      c.popup = await PopupPage.open(b, tabId, popupPage);
      const title = popupTitle(popupPage);
      await expect.poll(() => title.textContent(), { message: `${stage.name}: popup` }).toMatch(stage.title);
      if (stage.draft) {
        await expect.poll(() => c.popup.message.inputValue(), { message: `${stage.name}: draft` }).toMatch(stage.draft);
        expect(await inViewport(c.popup.button('Mark as sent')), `${stage.name}: Mark as sent in view`).toBe(true);
        expect(await inViewport(c.popup.button('Copy')), `${stage.name}: Copy in view`).toBe(true);
      } else {
        // No draft: nothing to send at this stage, so no first-ask composer either.
        expect(await c.popup.message.count(), `${stage.name}: no draft`).toBe(0);
      }
      // No sideways scrolling, and no internal values on the status line.
      expect(await popupPage.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await popupPage.locator('body').textContent()).not.toMatch(/by inmail|connection-note|already marked sent/i);

      // The person page leads with the same step.
      // Reloaded: the dashboard reads the moved clock on load (and every 30 s).
      await dash.page.goto(dash.page.url().replace(/#.*$/, '') + (stage.name === 'not-yet-asked' ? '#/' : personHash));
      await dash.page.reload();
      if (stage.name !== 'not-yet-asked') {
        await expect.poll(() => pageTitle(dash.page).textContent(), { message: `${stage.name}: person page` }).toMatch(stage.title);
        if (stage.draft) {
          const box = dash.page.getByRole('region', { name: /./ }).filter({ has: dash.page.getByRole('textbox', { name: 'Message', exact: true }) }).first();
          await expect.poll(() => box.getByRole('textbox', { name: 'Message', exact: true }).inputValue()).toMatch(stage.draft);
        }
        // Mentoring no longer offers to start one, or to mark a chat held.
        if (['mentoring', 'cadence'].includes(stage.name)) {
          expect(await dash.page.getByRole('button', { name: 'Start an ongoing mentorship' }).count()).toBe(0);
          expect(await dash.page.getByRole('button', { name: /Mark (the )?chat as held/ }).count()).toBe(0);
        }
        // The thank-you is offered only while it is owed.
        if (['thank-you', 'report-back', 'mentoring'].includes(stage.name)) {
          expect(await dash.page.getByRole('button', { name: 'Write: say thank you' }).count()).toBe(0);
        }
      }
      await stage.act?.(c);
      if (stage.records) {
        await dash.page.goto(dash.page.url().replace(/#.*$/, '') + personHash);
        await expect.poll(() => dash.page.getByRole('region', { name: 'Timeline' }).textContent(), { message: `${stage.name}: recorded` }).toContain(stage.records);
      }
    }
  });
});
