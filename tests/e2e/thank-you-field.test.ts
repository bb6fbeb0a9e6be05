import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { HOUR, PERSON_ID } from './stage-walk';

const LABEL = /One thing you took away from the chat/;
const TAKEAWAY = 'Send my manager a one-page weekly report';

// A chat marked held with no takeaways (components/FollowUpField.tsx): the thank-you asks for one thing the
// user took away and names it, in the popup and on the person page. A thank-you without one fits anyone.
describe('the thank-you after a chat held without takeaways, in Chromium', () => {
  const session = useSession();

  it('asks for one takeaway and names it in the draft, in the popup and on the person page', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    await (await PopupPage.open(b, tabId)).markSent();
    // Replied, booked and held, through the background's one command path, as the dashboard takes these steps.
    const dash = await DashboardPage.open(b);
    const t = Date.now();
    for (const command of [
      { name: 'mark-replied', personId: PERSON_ID, at: t + 1000 },
      { name: 'schedule', personId: PERSON_ID, at: t + 2000, chat: { at: t + HOUR, minutes: 20, timeZone: 'Europe/London' } },
      { name: 'hold', personId: PERSON_ID, at: t + 3000, takeaways: '' },
    ]) {
      const reply = await dash.page.evaluate((c) => chrome.runtime.sendMessage({ type: 'command', command: c }), command);
      expect(reply?.ok, JSON.stringify(reply)).toBe(true);
    }

    const popup = await PopupPage.open(b, tabId);
    await popup.page.getByRole('textbox', { name: LABEL }).fill(TAKEAWAY);
    await expect.poll(() => popup.message.inputValue()).toMatch(new RegExp(`taking away:? ${TAKEAWAY}`, 'i'));

    // The person page's draft asks the same.
    await dash.page.goto(dash.page.url().replace(/#.*$/, `#/person/${encodeURIComponent(PERSON_ID)}`));
    const onPage = dash.page.getByRole('textbox', { name: LABEL });
    await onPage.fill(TAKEAWAY.toLowerCase());
    await expect.poll(() => dash.page.getByRole('textbox', { name: 'Message', exact: true }).first().inputValue()).toMatch(/taking away:? send my manager/i);
  });
});
