import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { ALARM } from '../../../lib/background/refresh';
import { emptyProfile } from '../../../lib/linkedin/schema';
import { linkToBackground } from '../../../lib/popup-link/client';
import { PORT_NAME, type PortLike } from '../../../lib/popup-link/protocol';
import { getDb } from '../../../lib/shared/tracker-db';
import { loadWorkingDraft, saveWorkingDraft } from '../../../lib/shared/working-drafts';
import { deleteEverything, recordReply, recordSent, upsertPerson } from '../../../lib/tracker';
import { parseRoute } from '../../../components/dashboard/use-route';
import { portPair } from '../popup-link/ports';

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

type Connect = (port: PortLike & { name: string; sender?: { id?: string; url?: string } }) => void;
let onConnect: Connect[] = [];

/** A port as Chrome hands it to the background: named, with its sender, wired to a popup end. */
function connectFrom(sender: { id?: string; url?: string }, name = PORT_NAME) {
  const pair = portPair();
  const disconnect = vi.spyOn(pair.background, 'disconnect');
  for (const fn of onConnect) fn({ ...pair.background, disconnect, name, sender });
  return { popup: pair.popup, disconnect };
}

// The background worker on fakeBrowser, events fired by hand.
describe('background nudges', () => {
  beforeEach(async () => {
    await deleteEverything(getDb());
    // fakeBrowser has no ports; the listener is kept and called as Chrome would.
    onConnect = [];
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => void onConnect.push(fn as unknown as Connect));
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    badge.mockClear();
    background.main();
    // Every start recomputes; let that finish before a test writes.
    await vi.waitFor(() => expect(badge).toHaveBeenCalled());
  });

  it('recomputes the badge and the alarm every time the worker starts, with nothing else happening', async () => {
    await sentDaysAgo(8);
    await fakeBrowser.action.setBadgeText({ text: '' });
    background.main();
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    await deleteEverything(getDb());
    const id = await sentDaysAgo(1);
    await fakeBrowser.alarms.clearAll();
    background.main();
    await expect.poll(async () => (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([(await getDb().people.get(id))!.sentAt! + 7 * DAY]);
  });

  it('the popup (port) and the dashboard (message) reach the one command handler, and what follows a step happens there', async () => {
    const dashboard = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') };
    // As runtime.sendMessage does: the listener's promise is the answer.
    const send = async (command: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command }, dashboard, () => undefined)).find((r) => r !== undefined);
    // Popup: a send over the port; its scratch copy goes and the check-in alarm is set.
    await saveWorkingDraft(marisol.url, { channel: 'message', hookId: null, body: 'Hi', edited: true });
    const link = linkToBackground(() => connectFrom(fromPopup()).popup);
    const at = Date.now() - 8 * DAY;
    const sent = await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'message', body: 'Hi Marisol' }, at });
    await expect.poll(() => loadWorkingDraft(marisol.url)).toBeNull();
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    // Dashboard: a reply by message, answered with the person; the same follow-up clears the badge.
    const replied = await send({ name: 'mark-replied', personId: sent.id, at: Date.now() });
    expect(replied).toMatchObject({ ok: true, value: { stage: 'replied' } });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
    // The same handler refuses in the tracker's own sentence, either way.
    expect(await send({ name: 'mark-replied', personId: sent.id, at: Date.now() })).toMatchObject({ ok: false, message: expect.stringMatching(/already replied/) });
    await expect(link.step({ name: 'mark-replied', personId: sent.id, at: Date.now() })).rejects.toThrow(/already replied/);
    // Deleting the person from the dashboard drops the popup's scratch copy too.
    await saveWorkingDraft(sent.id, { channel: 'message', hookId: null, body: 'Hi again', edited: true });
    expect(await send({ name: 'delete-person', personId: sent.id, at: Date.now() })).toMatchObject({ ok: true });
    await expect.poll(() => loadWorkingDraft(sent.id)).toBeNull();
    expect(await getDb().people.count()).toBe(0);
  });

  it("serves the popup's steps over its port, sets the check-in alarm and drops the sent draft's scratch copy", async () => {
    await saveWorkingDraft(marisol.url, { channel: 'message', hookId: null, body: 'Hi Marisol', edited: false, copiedAt: Date.now() });
    expect(await loadWorkingDraft(marisol.url)).not.toBeNull();
    const link = linkToBackground(() => connectFrom(fromPopup()).popup);
    const sent = await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'message', body: 'Hi Marisol' }, at: Date.now() });
    expect((await getDb().people.get(sent.id))!.stage).toBe('sent');
    await expect.poll(async () => (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([sent.sentAt! + 7 * DAY]);
    expect(await loadWorkingDraft(marisol.url)).toBeNull();
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }, PORT_NAME],
    ['a web page', { id: undefined, url: 'https://www.linkedin.com/in/x/' }, PORT_NAME],
    ['our own script inside a LinkedIn page', { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/x/' }, PORT_NAME],
    ['a port of another name', undefined, 'other'],
  ])('refuses a port from %s', (_, sender, name) => {
    const { disconnect } = connectFrom(sender ?? fromPopup(), name);
    expect(disconnect).toHaveBeenCalled();
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
    expect(options.message).toBe("It's been 8 days since your ask"); // sent 8 days ago
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

  it('many due at once: one summary notification, whose click opens the dashboard at the due list', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    create.mockClear();
    for (const slug of ['ada', 'bo', 'cy', 'di', 'ed']) {
      const at = Date.now() - 8 * DAY;
      const p = await upsertPerson(getDb(), { ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, slug), firstName: slug }, at);
      await recordSent(getDb(), p.id, { channel: 'message', text: 'Hi', at });
    }
    await trackerWrite();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
    expect(create).toHaveBeenCalledTimes(1);
    const [nid] = Object.keys(await fakeBrowser.notifications.getAll());
    await fakeBrowser.notifications.onClicked.trigger(nid!);
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
    expect(urls).toHaveLength(1);
    const [page, hash] = urls[0]!.split('#');
    expect(page).toBe(fakeBrowser.runtime.getURL('/dashboard.html'));
    expect(parseRoute(`#${hash}`)).toEqual({ page: 'pipeline' });
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
