import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

// Issue 11 in Chromium: the coach reads what a typed message asks for, live, in any wording.
const ASK = 'Would you be open to a 20-minute virtual coffee chat in the coming weeks?';
const intro = (first: string) => `Hi ${first}, I'm Ada, a backend engineer at Finch. I read your post on onboarding juniors.`;
const GOLDEN = 'Would you consider taking me under your wing?';

describe('the coach, live as the user types', () => {
  const session = useSession();

  it('in the popup: a paraphrased golden-rule ask is a problem, and the hint goes once it is fixed', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await popup.chooseChannel('Message');
    await popup.draft();

    const box = popup.message;
    await box.fill(`${intro(SAMPLE.firstName)} `);
    await box.pressSequentially(GOLDEN, { delay: 5 });
    const golden = popup.hints.filter({ hasText: 'open-ended commitment' });
    await expect.poll(() => golden.count()).toBe(1);
    expect(await golden.textContent()).toMatch(/^Fix: /);
    // The hint marks the words; activating it selects them in the message box.
    await golden.getByRole('button', { name: /under your wing/ }).click();
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toMatch(/under your wing/);

    // Fix it the way the guides say: one short, bounded conversation.
    await box.fill(`${intro(SAMPLE.firstName)} ${ASK}`);
    await expect.poll(() => golden.count()).toBe(0);
    expect(await popup.hints.filter({ hasText: 'Fix:' }).count()).toBe(0);

    // Saying "not" is read as such: no problem for "I'm not asking you to mentor me".
    await box.fill(`${intro(SAMPLE.firstName)} I'm not asking you to mentor me, only for 20 minutes. ${ASK}`);
    await popup.page.waitForTimeout(200);
    expect(await popup.hints.filter({ hasText: 'Fix:' }).count()).toBe(0);
    await popup.page.close();
  });

  it("in the dashboard's follow-up editor: the same, on the saved ask", async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await popup.chooseChannel('Message');
    await popup.message.fill(`${intro(SAMPLE.firstName)} ${ASK}`);
    await popup.button('Save draft').click();
    await popup.page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await popup.page.close();

    const dash = await DashboardPage.open(b);
    await dash.openPerson(SAMPLE.person);
    // A saved draft: the person page leads with the ask itself.
    const editor = dash.page.getByRole('region', { name: 'Your ask' });
    const box = editor.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => box.inputValue()).toContain('20-minute');
    const hints = editor.getByRole('list', { name: 'Coach hints' }).getByRole('listitem');

    await box.fill(`${intro(SAMPLE.firstName)} Could you be my sounding board over the next year?`);
    await expect.poll(() => hints.filter({ hasText: 'open-ended commitment' }).count()).toBe(1);
    await box.fill(`${intro(SAMPLE.firstName)} ${ASK}`);
    await expect.poll(() => hints.filter({ hasText: 'open-ended commitment' }).count()).toBe(0);
    await dash.page.close();
  });
});
