import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { extensionUrl, openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

const DAY = 86_400_000;

// Issue 6 in Chromium: the e2e build alone reads a test clock offset.
describe('follow-up nudges', () => {
  const session = useSession();
  const badge = () => session().b.worker.evaluate(() => chrome.action.getBadgeText({}));

  it('a week after the ask: badge, due item, check-in draft; a reply clears it', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await popup.markSent();
    expect(await badge()).toBe('');

    await b.worker.evaluate((ms) => chrome.storage.local.set({ 'e2e:clockOffsetMs': ms }), 8 * DAY);
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');

    // The popup lists what's due anywhere, also off LinkedIn.
    const elsewhere = await b.context.newPage();
    await elsewhere.goto(extensionUrl(b, 'popup.html'));
    const due = elsewhere.getByRole('region', { name: 'Due now' });
    await expect.poll(() => due.textContent()).toContain(`Check in with ${SAMPLE.person}?`);
    const href = await due.getByRole('link', { name: 'Open draft' }).getAttribute('href');

    const dash = await DashboardPage.open(b, href!.replace('/dashboard.html', ''));
    const draft = dash.page.getByRole('region', { name: 'A gentle check-in' }).getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => draft.inputValue()).toMatch(/no pressure/i);
    const reminder = dash.page.getByRole('group', { name: 'This reminder' });
    await reminder.getByRole('button', { name: 'Snooze a day' }).waitFor();
    await dash.button('Mark as replied').click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    // The reminder is handled: its controls go (a leftover Dismiss would silence the next one),
    // and Undo says what it would take back.
    await expect.poll(() => reminder.count()).toBe(0);
    await dash.page.getByRole('button', { name: /^Undo: They replied/ }).waitFor();
  });

  it('after the reply: schedule the chat in both zones and download its invitation', async () => {
    const { b } = session();
    const dash = await DashboardPage.open(b);
    await dash.openPerson(SAMPLE.person);
    const form = dash.page.getByRole('form', { name: 'Schedule the chat' });
    await form.getByRole('group', { name: 'Suggested times' }).getByRole('button').first().click();
    await form.getByRole('button', { name: 'Save the chat' }).click();
    const chat = dash.page.getByRole('region', { name: 'The chat' });
    await expect.poll(() => chat.textContent()).toContain('Europe/London');
    const download = dash.page.waitForEvent('download');
    await chat.getByRole('button', { name: 'Download invitation (.ics)' }).click();
    const ics = readFileSync(await (await download).path(), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    // The invite's instant is exactly the one stored (read straight from the extension's IndexedDB).
    const stored = await dash.page.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const open = indexedDB.open('coffee-chat');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('people').objectStore('people').getAll();
            get.onsuccess = () => ok((get.result as { chat?: { at: number } }[]).find((p) => p.chat)!.chat!.at);
          };
        }),
    );
    expect(event.startDate.toJSDate().getTime()).toBe(stored);
    expect(event.summary).toContain(SAMPLE.person);
    expect(event.duration.toSeconds()).toBe(20 * 60);
    expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());
  });
});
