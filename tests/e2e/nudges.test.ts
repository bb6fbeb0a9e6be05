import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver, type Driver } from './harness/driver';
import { profileUrl } from './harness/session';
import { DashboardView, PopupView } from './harness/views';

const CLOCK = 'e2e:clockOffsetMs';
const DAY = 86_400_000;

// Issue 6 in Chromium and Firefox: the e2e build alone reads a test clock offset.
describe.each(browsersUnderTest())('follow-up nudges, in %s', (browser) => {
  // Firefox suspends its idle event page after 1 s here (30 s by default), as Chrome stops its worker.
  const session = useDriver(browser, { backgroundIdleMs: 1000 });
  const badge = (d: Driver) => d.inExtension(() => chrome.action.getBadgeText({}));
  const nudgeAlarm = (d: Driver) => d.inExtension(async () => (await chrome.alarms.getAll()).find((a) => a.name === 'nudges')?.scheduledTime ?? 0);

  it('the alarm wakes the sleeping background: badge, due item, check-in draft; a reply clears it', async () => {
    const { d } = session();
    const { tabId } = await d.openProfileTab(profileUrl(SAMPLE.slug));
    const popup = await PopupView.open(d, tabId);
    await popup.markSent();
    await popup.tab.close();
    expect(await badge(d)).toBe('');

    // The check-in falls due days from now: move the test clock to a few seconds before it,
    // so the background sets its alarm for then (alarms run on the real clock).
    await expect.poll(() => nudgeAlarm(d)).toBeGreaterThan(Date.now() + DAY);
    const dueAt = await nudgeAlarm(d);
    const ringAt = Date.now() + 8_000;
    await d.inExtension((o) => chrome.storage.local.set(o), { [CLOCK]: dueAt - ringAt });
    await expect.poll(() => nudgeAlarm(d)).toBeLessThan(ringAt + 1_000);
    expect(await badge(d)).toBe('');

    // Asleep when the alarm rings: only the alarm can wake it to set the badge.
    await d.suspendBackground();
    expect(await d.backgroundRunning()).toBe(false);
    expect(Date.now()).toBeLessThan(ringAt);
    await expect.poll(() => badge(d), { timeout: 20_000 }).toBe('1');
    expect(Date.now()).toBeGreaterThanOrEqual(ringAt - 1_000);
    // …and to tell the user, once: the background remembers each nudge it showed a notification for
    // (Firefox closes a notification by itself at once when there is no desktop to show it on).
    await expect.poll(() => d.inExtension(() => chrome.storage.local.get('notified-nudges').then((v) => v['notified-nudges']))).toHaveLength(1);

    // The popup lists what's due anywhere, also off LinkedIn.
    const elsewhere = await d.openExtensionPage('popup.html');
    const due = elsewhere.getByRole('region', { name: 'Due now' });
    await expect.poll(() => due.textContent()).toContain(`Check in with ${SAMPLE.person}?`);
    const href = await due.getByRole('link', { name: 'Open draft' }).getAttribute('href');

    const dash = await DashboardView.open(d, href!.replace('/dashboard.html', ''));
    const draft = dash.region('A gentle check-in').getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => draft.inputValue()).toMatch(/no pressure/i);
    const reminder = dash.tab.getByRole('group', { name: 'This reminder' });
    await reminder.getByRole('button', { name: 'Snooze a day' }).waitFor();
    await dash.button('Mark as replied').click();
    await expect.poll(() => badge(d), { timeout: 10_000 }).toBe('');
    // The reminder is handled: its controls go (a leftover Dismiss would silence the next one),
    // and Undo says what it would take back.
    await expect.poll(() => reminder.count()).toBe(0);
    await dash.tab.getByRole('button', { name: /^Undo: They replied/ }).waitFor();
  });

  it('after the reply: schedule the chat in both zones and download its invitation', async () => {
    const { d } = session();
    const dash = await DashboardView.open(d);
    await dash.openPerson(SAMPLE.person);
    const form = dash.tab.getByRole('form', { name: 'Schedule the chat' });
    await form.getByRole('group', { name: 'Suggested times' }).getByRole('button').first().click();
    await form.getByRole('button', { name: 'Save the chat' }).click();
    const chat = dash.region('The chat');
    await expect.poll(() => chat.textContent()).toContain('Europe/London');
    const ics = readFileSync(await dash.tab.download(() => chat.getByRole('button', { name: 'Download invitation (.ics)' }).click()), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    // The invite's instant is exactly the one stored (read straight from the extension's IndexedDB).
    const stored = await dash.tab.evaluate(
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
    // The test clock stands days ahead: the chat is in the future of that clock.
    const offset = await d.inExtension((k) => chrome.storage.local.get(k).then((v) => Number(v[k] ?? 0)), CLOCK);
    expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now() + offset);
  });
});
