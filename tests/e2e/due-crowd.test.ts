import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { crowd } from './crowd';
import { inViewport, popupTitle } from './stage-walk';

// Issue 12, Done when: with 200 people imported and 27 due, the popup on a profile shows the
// person's next step and its primary buttons without scrolling at 420 × 600.
describe('a crowded tracker', () => {
  const session = useSession();

  it('200 people, 27 due: the next step and its buttons are in view, the rest folded away with full names', async () => {
    const { b } = session();
    const dash = await DashboardPage.open(b, '#/data');
    await dash.page.getByLabel('Import a JSON export').setInputFiles({ name: 'crowd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crowd(Date.now()))) });
    // The import previews first and changes nothing until confirmed.
    await expect.poll(() => dash.page.getByRole('region', { name: 'Import preview' }).textContent()).toContain('If imported: 200 added');
    await dash.button('Import').click();
    await expect.poll(() => dash.status.textContent()).toContain('200 added');

    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    const popup = await PopupPage.open(b, tabId, page);
    await expect.poll(() => popupTitle(page).textContent()).toBe(`Check in with ${SAMPLE.firstName}`);
    await expect.poll(() => popup.message.inputValue()).toMatch(/no pressure/i);
    for (const name of ['Copy', 'Mark as sent']) expect(await inViewport(popup.button(name)), name).toBe(true);
    expect(await inViewport(popupTitle(page))).toBe(true);

    // Everyone else's due items: one folded line until opened, each naming the person in full.
    const elsewhere = page.getByText('Due elsewhere (26)');
    await elsewhere.waitFor();
    const items = page.getByRole('list', { name: 'Due elsewhere' }).getByRole('listitem');
    expect(await items.first().isVisible()).toBe(false);
    await elsewhere.click();
    await expect.poll(() => items.count()).toBe(26);
    const text = (await items.allTextContents()).join('\n');
    for (const full of ['Tomás Ruiz', 'Tomás Ortega', 'Tomás Silva']) expect(text).toContain(`Check in with ${full}?`);
    expect(text).not.toContain(SAMPLE.person);
    expect(text).toMatch(/10 days since your ask/);
  });
});
