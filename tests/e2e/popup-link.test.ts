import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver } from './harness/driver';
import { profileUrl } from './harness/session';
import { DashboardView, PopupView } from './harness/views';

// The popup reads and writes through the background (lib/popup-link). Chrome stops an idle
// MV3 worker after about 30 seconds, even while a popup is open, and Firefox suspends an idle
// event page (after 30 s by default; 1 s here); the popup must carry on.
describe.each(browsersUnderTest())('popup ↔ background port, in %s', (browser) => {
  const session = useDriver(browser, { backgroundIdleMs: 1000 });

  it('reconnects when the browser stops the background: steps still land and live updates still arrive', async () => {
    const { d } = session();
    const { tabId } = await d.openProfileTab(profileUrl(SAMPLE.slug));
    const popup = await PopupView.open(d, tabId);
    await popup.draft();

    await d.suspendBackground();

    await popup.markSent();
    expect(await popup.problem.count()).toBe(0);
    const dash = await DashboardView.open(d);
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count(), { timeout: 10_000 }).toBe(1);

    // The popup's watches were sent again on the new port, so the reply shows without a reload.
    await dash.openPerson(SAMPLE.person);
    await dash.button('Mark as replied').click();
    // The dashboard's own write landed, through the same background…
    await expect.poll(() => dash.region('Timeline').textContent(), { timeout: 10_000 }).toMatch(/They replied/);
    // …and reached the popup live. Generous: under load Firefox takes seconds to wake a suspended
    // event page. Should it fail, the popup's alert (a lost port, say) is in the message.
    const shown = async () => `${await popup.profile.textContent()} | alert: ${(await popup.problem.count()) ? await popup.problem.first().textContent() : 'none'}`;
    await expect.poll(shown, { timeout: 10_000 }).toMatch(/Replied.* \| alert: none$/);
  });
});
