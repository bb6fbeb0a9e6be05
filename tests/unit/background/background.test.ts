import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { ALARM } from '../../../lib/background/refresh';
import { emptyProfile } from '../../../lib/linkedin/schema';
import { getDb } from '../../../lib/shell/db';
import { deleteEverything, recordReply, recordSent, upsertPerson } from '../../../lib/tracker';

const DAY = 86_400_000;
const marisol = {
  ...emptyProfile('https://www.linkedin.com/in/marisolvance/', 'marisolvance'),
  fullName: 'Marisol Vance',
  firstName: 'Marisol',
};
const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

async function trackerWrite(): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger({ type: 'tracker-changed' }, fromPopup(), () => undefined);
}

async function sentDaysAgo(days: number): Promise<string> {
  const at = Date.now() - days * DAY;
  const p = await upsertPerson(getDb(), marisol, at);
  await recordSent(getDb(), p.id, { channel: 'connection-note', text: 'Hi Marisol…', at });
  return p.id;
}

// Issue 6: the background worker on fakeBrowser, events fired by hand.
describe('background nudges', () => {
  beforeEach(async () => {
    await deleteEverything(getDb());
    background.main();
  });

  it('sets the one alarm to the check-in time after a tracker write', async () => {
    const id = await sentDaysAgo(1);
    await trackerWrite();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([ALARM]);
    const sentAt = (await getDb().people.get(id))!.sentAt!;
    expect(alarms[0]!.scheduledTime).toBe(sentAt + 7 * DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('firing the alarm sets the badge and notifies by name', async () => {
    // getAll() only lists ids (as in Chrome), so watch what is created.
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await sentDaysAgo(8);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    await expect.poll(() => create.mock.calls.length).toBe(1);
    const options = create.mock.calls[0]![1] as unknown as { title: string; message: string };
    expect(options.title).toBe('Check in with Marisol?');
    expect(options.message).toBe("It's been 7 days since your ask");
  });

  it('clicking the notification opens the dashboard at the person with the draft', async () => {
    const id = await sentDaysAgo(8);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await expect.poll(async () => Object.keys(await fakeBrowser.notifications.getAll()).length).toBe(1);
    const [nid] = Object.keys(await fakeBrowser.notifications.getAll());
    await fakeBrowser.notifications.onClicked.trigger(nid!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL(`/dashboard.html#/person/${encodeURIComponent(id)}?nudge=check-in`));
  });

  it('a reply clears the badge and the notification', async () => {
    const id = await sentDaysAgo(8);
    await trackerWrite();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await recordReply(getDb(), id, { at: Date.now() });
    await trackerWrite();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('ignores messages that do not come from its own pages', async () => {
    await sentDaysAgo(8);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tracker-changed' }, { id: 'someone-else', url: 'https://www.linkedin.com/' }, () => undefined);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('keeps only the badge when notifications are off', async () => {
    await fakeBrowser.storage.local.set({ settings: { notifications: false } });
    await sentDaysAgo(8);
    await trackerWrite();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
