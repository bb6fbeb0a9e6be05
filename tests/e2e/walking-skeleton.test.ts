import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { foreignRequests, profileUrl, useSession } from './harness/session';

// Issue 2's walking skeleton: read → draft → mark as sent → dashboard, in a real Chromium.
describe('walking skeleton on the bundled sample profile', () => {
  const session = useSession();

  it('reads the name, drafts, records the send and shows it in the dashboard', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await expect.poll(() => popup.name.textContent()).toBe(SAMPLE.person);
    const draft = await popup.draft();
    expect(draft).toContain(SAMPLE.firstName);
    const { length, limit } = await popup.count();
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThanOrEqual(limit);

    await popup.markSent();
    const dash = await DashboardPage.open(b);
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
  });

  it('made no request to any host but the local fixture server', () => {
    const { b, server } = session();
    expect(server.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(b.requests, b.extensionId)).toEqual([]);
  });
});
