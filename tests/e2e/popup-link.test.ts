import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab, type ExtensionBrowser } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

type Version = { versionId: string; scriptURL: string; runningStatus: string };

/** Stops the extension's worker as Chrome does when it idles, and returns its status history. */
async function stopWorker(b: ExtensionBrowser, page: Page): Promise<string[]> {
  const cdp = await b.context.newCDPSession(page);
  const seen: Version[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => seen.push(...e.versions.filter((v) => v.scriptURL.endsWith('/background.js'))));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await cdp.send('ServiceWorker.stopWorker', { versionId: seen[0]!.versionId });
  await expect.poll(() => seen.map((v) => v.runningStatus).includes('stopped')).toBe(true);
  return seen.map((v) => v.runningStatus);
}

// The popup reads and writes through the background (lib/popup-link). Chrome stops an idle
// MV3 worker after about 30 seconds, even while a popup is open; the popup must carry on.
describe('popup ↔ background port', () => {
  const session = useSession();

  it('reconnects when Chrome stops the background: steps still land and live updates still arrive', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await popup.draft();

    const statuses = await stopWorker(b, popup.page);
    expect(statuses).toContain('stopped');

    await popup.markSent();
    expect(await popup.problem.count()).toBe(0);
    const dash = await DashboardPage.open(b);
    await dash.stageTab('Sent');
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(1);

    // The popup's watches were sent again on the new port, so the reply shows without a reload.
    await dash.openPerson(SAMPLE.person);
    await dash.button('Mark as replied').click();
    await expect.poll(() => popup.page.getByRole('region', { name: 'Profile' }).textContent()).toContain('Replied');
  });
});
