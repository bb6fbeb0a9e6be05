import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

// Issue 5 in Chromium: live views across pages, and export → delete → import.
describe('tracker and dashboard', () => {
  const session = useSession();

  it('shows a send live, takes a reply in the dashboard, and the popup sees it', async () => {
    const { b } = session();
    const dash = await DashboardPage.open(b);
    await dash.page.getByText('No one yet').waitFor();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    let popup = await PopupPage.open(b, tabId);
    await popup.markSent();
    // No reload: liveQuery carries the popup's write into the open dashboard.
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);

    await dash.openPerson(SAMPLE.person);
    await dash.button('Mark as replied').click();
    await expect.poll(() => dash.page.getByRole('region', { name: 'Profile' }).textContent()).toContain('Replied');

    // The open popup sees it too: the background's liveQuery sends it over the popup's port.
    await expect.poll(() => popup.page.getByRole('region', { name: 'Profile' }).textContent()).toContain('Replied');
    await popup.page.getByRole('button', { name: /^Undo: They replied/ }).waitFor();
    // …and a fresh popup reads it from the start.
    await popup.page.close();
    popup = await PopupPage.open(b, tabId);
    await expect.poll(() => popup.page.getByRole('region', { name: 'Profile' }).textContent()).toContain('Replied');
  });

  it('exports, deletes everything, and imports it all back', async () => {
    const { b } = session();
    const dash = await DashboardPage.open(b, '#/data');
    const download = dash.page.waitForEvent('download');
    await dash.button('Export everything (JSON)').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; people: unknown[] };
    expect(exported.format).toBe('coffee-chat');
    expect(exported.people).toHaveLength(1);

    await dash.button('Delete everything…').click();
    await dash.button('Yes, delete everything').click();
    await expect.poll(() => dash.status.textContent()).toContain('deleted');
    await dash.page.goto(dash.page.url().replace('#/data', '#/'));
    await dash.page.getByText('No one yet').waitFor();

    await dash.page.goto(dash.page.url().replace(/#.*$/, '#/data'));
    await dash.page.getByLabel('Import a JSON export').setInputFiles(file);
    await expect.poll(() => dash.status.textContent()).toContain('1 added');
    await dash.page.goto(dash.page.url().replace('#/data', '#/'));
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
    await dash.openPerson(SAMPLE.person);
    await expect.poll(() => dash.page.getByRole('region', { name: 'Timeline' }).textContent()).toContain('They replied');
  });

  it('refuses a broken import file with a readable message and changes nothing', async () => {
    const { b } = session();
    const dash = await DashboardPage.open(b, '#/data');
    await dash.page.getByLabel('Import a JSON export').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"coffee-chat","version":1,"people":[') });
    await expect.poll(() => dash.page.getByRole('alert').textContent()).toMatch(/\w/);
    await dash.page.goto(dash.page.url().replace('#/data', '#/'));
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
  });
});
