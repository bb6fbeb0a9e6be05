// refreshNudges on fakeBrowser with fixed clocks: which notifications a refresh shows, when it holds
// them back, and what it remembers, so none is shown twice (review fixes of 2026-11-22).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM, SUMMARY_ID, notificationId, notificationRoute, parseNotificationId, refreshNudges } from '../../../lib/background/refresh';
import { summaryText } from '../../../lib/background/notifications';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, T0, person, settings } from '../nudges/people';
import { freshDb, storePeople } from '../tracker/helpers';

const asked = (sentAt: number, extra: Partial<Person> = {}, name = 'Marisol') =>
  person({ stage: 'sent', sentAt, lastStepAt: sentAt, ...extra }, name);

let db: CoffeeChatDb;
const spyOnCreate = () => vi.spyOn(fakeBrowser.notifications, 'create');
let create: ReturnType<typeof spyOnCreate>;
beforeEach(() => {
  db = freshDb();
  create = spyOnCreate();
  create.mockClear(); // the spy outlives each test's fakeBrowser.reset()
});
const options = (o: unknown) => o as { title: string; message: string };
const shown = () => create.mock.calls.map(([id, o]) => [id, options(o).title]);
const alarmAt = async () => (await fakeBrowser.alarms.get(ALARM))?.scheduledTime ?? null;
const badge = () => fakeBrowser.action.getBadgeText({});

describe('quiet hours hold notifications back, not the badge', () => {
  const quiet = settings({ timeZone: 'Europe/London', quietHours: { enabled: true, start: 21, end: 8 } });
  const at23 = Date.UTC(2026, 1, 10, 23, 0); // Tue 10 Feb 23:00 GMT: the laptop wakes up
  const morning = Date.UTC(2026, 1, 11, 8, 0);
  const cases = [
    { row: 'due since the afternoon', sentAt: Date.UTC(2026, 1, 3, 15, 0) },
    { row: 'due for days', sentAt: Date.UTC(2026, 0, 20, 12, 0) },
  ];
  it.each(cases)('$row: badge now, notification at 08:00', async ({ sentAt }) => {
    const p = asked(sentAt);
    await storePeople(db, [p]);
    expect(await refreshNudges(db, quiet, at23)).toHaveLength(1);
    expect(await badge()).toBe('1');
    expect(shown()).toEqual([]);
    expect(await alarmAt()).toBe(morning);
    await refreshNudges(db, quiet, morning);
    expect(shown()).toEqual([[notificationId({ personId: p.id, kind: 'check-in' }), 'Check in with Marisol?']]);
  });
  it('an agenda that expires before quiet hours end: wake at its expiry, and it is never shown', async () => {
    const chatAt = Date.UTC(2026, 1, 10, 23, 30);
    await storePeople(db, [person({ stage: 'scheduled', lastStepAt: Date.UTC(2026, 1, 10, 12, 0), chat: { at: chatAt, minutes: 20, timeZone: 'UTC' } })]);
    await refreshNudges(db, quiet, at23);
    expect(await badge()).toBe('1');
    expect(await alarmAt()).toBe(chatAt);
    await refreshNudges(db, quiet, chatAt);
    expect(await badge()).toBe('');
    expect(shown()).toEqual([]);
  });
  it('with nothing new to show, no extra wake-up', async () => {
    await storePeople(db, [asked(Date.UTC(2026, 1, 3, 15, 0))]);
    await refreshNudges(db, settings(), Date.UTC(2026, 1, 10, 18, 0)); // notified at 18:00
    await refreshNudges(db, quiet, at23);
    expect(shown()).toHaveLength(1);
    expect(await alarmAt()).toBeNull(); // the check-in is shown; nothing else will come due
  });
});

describe('many new nudges at once make one summary', () => {
  const now = T0 + 30 * DAY;
  const many = (n: number, from = T0) => Array.from({ length: n }, (_, i) => asked(from + i * HOUR, {}, ['Marisol', 'Nadim', 'Amara', 'Kofi', 'Lena'][i % 5]));
  const cases = [
    { row: '3 new: one each', before: 0, fresh: 3, ids: 3, title: 'Check in with Marisol?' },
    { row: '5 new: one summary', before: 0, fresh: 5, ids: 1, title: '5 follow-ups are due' },
    { row: '25 new: one summary', before: 0, fresh: 25, ids: 1, title: '25 follow-ups are due' },
    { row: '2 shown before, 3 new: one each', before: 2, fresh: 3, ids: 3, title: 'Check in with Marisol?' },
    { row: '1 shown before, 4 new: a summary of the new ones', before: 1, fresh: 4, ids: 1, title: '4 more follow-ups are due' },
  ];
  it.each(cases)('$row', async ({ before, fresh, ids, title }) => {
    await storePeople(db, many(before, T0 - 10 * DAY));
    if (before) await refreshNudges(db, settings(), now);
    create.mockClear();
    await storePeople(db, many(fresh));
    await refreshNudges(db, settings(), now);
    expect(await badge()).toBe(String(before + fresh));
    expect(create).toHaveBeenCalledTimes(ids);
    expect(shown()[0]![1]).toBe(title);
    // All of them are remembered: the next refresh shows nothing again.
    create.mockClear();
    await refreshNudges(db, settings(), now + HOUR);
    expect(create).not.toHaveBeenCalled();
  });
  it('the summary names whom it is for, and its click opens the dashboard', async () => {
    await storePeople(db, many(5));
    await refreshNudges(db, settings(), now);
    const [id, opts] = create.mock.calls[0]!;
    expect(id).toBe(SUMMARY_ID);
    expect(options(opts).message).toBe('Marisol, Nadim, Amara and 2 others: each has its draft ready in Coffee Chat');
    expect(parseNotificationId(SUMMARY_ID)).toEqual({ kind: 'summary', personId: '' });
    expect(notificationRoute(SUMMARY_ID)).toBe('#/');
    const one = notificationId({ personId: 'https://www.linkedin.com/in/ada/', kind: 'agenda' });
    expect(notificationRoute(one)).toBe(`#/person/${encodeURIComponent('https://www.linkedin.com/in/ada/')}?nudge=agenda`);
    expect(notificationRoute('someone-else')).toBeNull();
  });
  it('the summary goes once nothing is due', async () => {
    const people = many(4);
    await storePeople(db, people);
    await refreshNudges(db, settings(), now);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([SUMMARY_ID]);
    await storePeople(db, people.map((p) => ({ ...p, stage: 'replied' as const, repliedAt: now })));
    await refreshNudges(db, settings(), now + HOUR);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
  it('the summary goes once none of those it named is due, even while an earlier one still is', async () => {
    const kofi = asked(T0, {}, 'Kofi');
    await storePeople(db, [kofi]);
    await refreshNudges(db, settings(), now);
    const people = many(4);
    await storePeople(db, people);
    await refreshNudges(db, settings(), now + HOUR);
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual([notificationId({ personId: kofi.id, kind: 'check-in' }), SUMMARY_ID].sort());
    await storePeople(db, people.map((p) => ({ ...p, stage: 'replied' as const, repliedAt: now })));
    await refreshNudges(db, settings(), now + 2 * HOUR);
    expect(await badge()).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([notificationId({ personId: kofi.id, kind: 'check-in' })]);
  });
  it.each([
    ['one', 1, 'Marisol'],
    ['two', 2, 'Marisol and Nadim'],
    ['three', 3, 'Marisol, Nadim and Amara'],
    ['four', 4, 'Marisol, Nadim, Amara and 1 other'],
  ])('names %s', (_, n, text) => {
    const people = many(n);
    const due = people.map((p) => ({ personId: p.id, kind: 'check-in' as const, dueAt: T0, reason: '', about: p.lastStepAt }));
    expect(summaryText(due, n, new Map(people.map((p) => [p.id, p]))).message).toBe(`${text}: each has its draft ready in Coffee Chat`);
  });
});

describe('a nudge is notified once, whatever the settings do to its due time', () => {
  const now = T0 + 8 * DAY;
  const changes = [
    { row: 'a shorter check-in wait', s: settings({ nudges: { checkInAfterDays: 5 } }) },
    { row: 'quiet hours that move its due time (not quiet now)', s: settings({ timeZone: 'UTC', quietHours: { enabled: true, start: 8, end: 10 } }) },
    { row: 'notifications off and on again', s: settings({ notifications: false }) },
  ];
  it.each(changes)('$row', async ({ s }) => {
    await storePeople(db, [asked(T0)]);
    await refreshNudges(db, settings(), now);
    await refreshNudges(db, s, now + HOUR);
    await refreshNudges(db, settings(), now + 2 * HOUR);
    expect(create).toHaveBeenCalledTimes(1);
  });
  it('the next step makes it a new nudge: the second check-in notifies', async () => {
    const two = settings({ nudges: { maxCheckIns: 2 } });
    const p = asked(T0);
    await storePeople(db, [p]);
    await refreshNudges(db, two, now);
    await storePeople(db, [{ ...p, checkInsSent: 1, lastCheckInAt: now, lastStepAt: now }]);
    await refreshNudges(db, two, now + HOUR);
    await refreshNudges(db, two, now + 7 * DAY);
    expect(create).toHaveBeenCalledTimes(2);
  });
  it('a snoozed nudge notifies again when it comes back', async () => {
    const p = asked(T0);
    await storePeople(db, [p]);
    await refreshNudges(db, settings(), now);
    await storePeople(db, [{ ...p, nudges: { snoozed: { 'check-in': now + DAY }, dismissed: {} } }]);
    await refreshNudges(db, settings(), now + HOUR);
    await refreshNudges(db, settings(), now + DAY);
    expect(create).toHaveBeenCalledTimes(2);
  });
  it('reads the stored memory (a worker restarted) without notifying again, and drops keys of people gone', async () => {
    const p = asked(T0);
    await storePeople(db, [p]);
    await fakeBrowser.storage.local.set({ 'notified-nudges': [`check-in|${T0}||${p.id}`, 'check-in|1||https://www.linkedin.com/in/gone/'] });
    await refreshNudges(db, settings(), now);
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('notified-nudges'))['notified-nudges']).toEqual([`check-in|${T0}||${p.id}`]);
  });
  it('forgets what can no longer match', async () => {
    const p = asked(T0);
    await storePeople(db, [p]);
    await refreshNudges(db, settings(), now);
    await storePeople(db, [{ ...p, stage: 'replied', repliedAt: now, lastStepAt: now }]);
    await refreshNudges(db, settings(), now + HOUR);
    expect((await fakeBrowser.storage.local.get('notified-nudges'))['notified-nudges']).toEqual([]);
  });
});

describe('the badge follows the due list', () => {
  it('clears when the agenda expires at the chat start (the alarm wakes for it)', async () => {
    const chatAt = T0 + 2 * DAY;
    await storePeople(db, [person({ stage: 'scheduled', lastStepAt: T0, chat: { at: chatAt, minutes: 20, timeZone: 'UTC' } })]);
    await refreshNudges(db, settings(), T0 + 1.5 * DAY);
    expect(await badge()).toBe('1');
    expect(await alarmAt()).toBe(chatAt);
    await refreshNudges(db, settings(), chatAt);
    expect(await badge()).toBe('');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
