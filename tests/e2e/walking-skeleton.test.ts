import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver } from './harness/driver';
import { foreignRequests, profileUrl } from './harness/session';
import { DashboardView, PopupView } from './harness/views';

// Issue 2's walking skeleton: read → draft → mark as sent → dashboard, in a real Chromium and a real Firefox.
describe.each(browsersUnderTest())('walking skeleton on the bundled sample profile, in %s', (browser) => {
  const session = useDriver(browser);

  it('reads the name, drafts, records the send and shows it in the dashboard', async () => {
    const { d } = session();
    const { tabId } = await d.openProfileTab(profileUrl(SAMPLE.slug));
    const popup = await PopupView.open(d, tabId);
    await expect.poll(() => popup.name.textContent()).toBe(SAMPLE.person);
    const draft = await popup.draft();
    expect(draft).toContain(SAMPLE.firstName);
    const { length, limit } = await popup.count();
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThanOrEqual(limit);

    await popup.markSent();
    const dash = await DashboardView.open(d);
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);
  });

  it('made no request to any host but the local fixture server', () => {
    const { d, server } = session();
    expect(server.requests.length).toBeGreaterThan(0);
    expect(d.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(d.requests, d.extensionId)).toEqual([]);
  });
});
