import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

// Issue 4 in Chromium, on the bundled sample (a 2nd-degree contact: a connection note first).
describe('composer and coach in the popup', () => {
  const session = useSession();
  const open = async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    return PopupPage.open(b, tabId);
  };

  it('drafts within the limit, re-drafts on a channel switch, and coaches edits live', async () => {
    const popup = await open();
    const note = await popup.draft();
    expect(note).toContain(SAMPLE.firstName);
    expect(await popup.count()).toMatchObject({ limit: 200 });
    expect([...note].length).toBeLessThanOrEqual(200);
    // This browser has no sender profile, so the draft can't say who is writing, and the coach says
    // so; nothing else is wrong with it.
    await expect.poll(() => popup.hints.filter({ hasText: 'never says who is writing' }).count()).toBe(1);
    expect(await popup.hints.filter({ hasText: 'Fix:' }).count()).toBe(1);

    await popup.chooseChannel('Message');
    await expect.poll(() => popup.draft()).not.toBe(note);
    expect((await popup.count()).limit).toBeGreaterThan(300);

    await popup.chooseChannel('InMail');
    await expect.poll(() => popup.subject.inputValue()).not.toBe('');

    await popup.message.fill(`Hi ${SAMPLE.firstName}, will you be my mentor?`);
    await expect.poll(() => popup.hints.filter({ hasText: /mentor/i }).count()).toBeGreaterThan(0);
    expect(await popup.hints.filter({ hasText: 'Fix:' }).count()).toBeGreaterThan(0);
    await popup.page.close();
  });

  it('keeps the user’s edits across closing and reopening', async () => {
    let popup = await open();
    await popup.chooseChannel('Message');
    await popup.message.fill(`Hi ${SAMPLE.firstName}, a line I wrote myself.`);
    await popup.page.waitForTimeout(300);
    await popup.page.close();
    popup = await open();
    await expect.poll(() => popup.draft()).toBe(`Hi ${SAMPLE.firstName}, a line I wrote myself.`);
    expect(await popup.page.getByRole('radio', { name: 'Message', exact: true }).isChecked()).toBe(true);
    await popup.page.close();
  });

  it('copies to the clipboard, then offers Mark as sent, which the dashboard shows', async () => {
    const { b } = session();
    // Chromium can't grant permissions to an extension origin, so the clipboard is read back
    // from an ordinary page; the popup's write needs only the click's user activation.
    await b.context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    const { page: reader } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await open();
    const text = await popup.draft();
    await popup.button('Copy').click();
    await reader.bringToFront();
    await expect.poll(() => reader.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await popup.page.bringToFront();
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: 'Paste it into LinkedIn' }).count()).toBe(1);
    expect(await popup.button('Mark as sent').getAttribute('class')).toContain('primary');

    await popup.markSent();
    const dash = await DashboardPage.open(b);
    await dash.openPerson(SAMPLE.person);
    await expect.poll(() => dash.page.getByRole('region', { name: 'Timeline' }).textContent()).toContain(text.slice(0, 40));
  });
});
