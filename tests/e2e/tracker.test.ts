import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver } from './harness/driver';
import { profileUrl } from './harness/session';
import { DashboardView, PopupView } from './harness/views';

// Issue 5 in Chromium and Firefox: live views across pages, and export → delete → import.
describe.each(browsersUnderTest())('tracker and dashboard, in %s', (browser) => {
  const session = useDriver(browser);
  const scratch = mkdtempSync(join(tmpdir(), 'coffee-chat-import-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('shows a send live, takes a reply in the dashboard, and the popup sees it', async () => {
    const { d } = session();
    const dash = await DashboardView.open(d);
    await dash.tab.getByText('No one yet').waitFor();
    const { tabId } = await d.openProfileTab(profileUrl(SAMPLE.slug));
    let popup = await PopupView.open(d, tabId);
    await popup.markSent();
    // No reload: liveQuery carries the popup's write into the open dashboard.
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);

    await dash.openPerson(SAMPLE.person);
    await dash.button('Mark as replied').click();
    await expect.poll(() => dash.region('Profile').textContent()).toContain('Replied');

    // The open popup sees it too: the background's liveQuery sends it over the popup's port.
    await expect.poll(() => popup.profile.textContent()).toContain('Replied');
    await popup.tab.getByRole('button', { name: /^Undo: They replied/ }).waitFor();
    // …and a fresh popup reads it from the start.
    await popup.tab.close();
    popup = await PopupView.open(d, tabId);
    await expect.poll(() => popup.profile.textContent()).toContain('Replied');
  });

  it('exports, deletes everything, and imports it all back', async () => {
    const { d } = session();
    const dash = await DashboardView.open(d, '#/data');
    const file = await dash.tab.download(() => dash.button('Export everything (JSON)').click());
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; people: unknown[] };
    expect(exported.format).toBe('coffee-chat');
    expect(exported.people).toHaveLength(1);

    await dash.button('Delete everything…').click();
    await dash.button('Yes, delete everything').click();
    await expect.poll(() => dash.status.textContent()).toContain('deleted');
    await dash.go('#/');
    await dash.tab.getByText('No one yet').waitFor();

    await dash.go('#/data');
    await dash.tab.getByLabel('Import a JSON export').setInputFiles(file);
    await expect.poll(() => dash.region('Import preview').textContent()).toContain('If imported: 1 added');
    await dash.button('Import').click();
    await expect.poll(() => dash.status.textContent()).toContain('1 added');
    await dash.go('#/');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
    await dash.openPerson(SAMPLE.person);
    await expect.poll(() => dash.region('Timeline').textContent()).toContain('They replied');
  });

  it('refuses a broken import file with a readable message and changes nothing', async () => {
    const { d } = session();
    const dash = await DashboardView.open(d, '#/data');
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"format":"coffee-chat","version":1,"people":[');
    await dash.tab.getByLabel('Import a JSON export').setInputFiles(broken);
    await expect.poll(() => dash.tab.getByRole('alert').textContent()).toMatch(/\w/);
    await dash.go('#/');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
  });
});
