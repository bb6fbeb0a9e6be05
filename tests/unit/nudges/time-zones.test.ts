// Daylight-saving edges and quiet hours. UK clocks go forward Sun 29 Mar 2026 01:00 UTC and back
// Sun 25 Oct 2026 01:00 UTC; the US goes forward Sun 8 Mar 2026.
import { describe, expect, it } from 'vitest';
import { dueNudges, nextDueAt } from '../../../lib/nudges';
import { zonedParts } from '../../../lib/schedule';
import { DAY, HOUR, MIN, person, settings } from './people';

const london = (ms: number) => zonedParts(ms, 'Europe/London');
const scheduled = (chatAt: number, scheduledAt: number, timeZone = 'Europe/London') =>
  person({ stage: 'scheduled', lastStepAt: scheduledAt, chat: { at: chatAt, minutes: 20, timeZone } });
const s = settings();

describe('"24 hours before" is 24 elapsed hours', () => {
  it('chat at 10:00 London on the Monday after the clocks change: agenda at 10:00 BST on Sunday', () => {
    const chat = Date.UTC(2026, 2, 30, 9, 0); // Mon 30 Mar, 10:00 BST
    const [n] = dueNudges([scheduled(chat, chat - 5 * DAY)], chat - 24 * HOUR, s);
    expect(n).toMatchObject({ kind: 'agenda', dueAt: chat - 24 * HOUR });
    expect(london(n!.dueAt)).toMatchObject({ d: 29, h: 10, min: 0 });
  });
  it('chat on the Sunday the clocks go forward: the nudge is 09:00 GMT on Saturday, a full 24 h ahead', () => {
    const chat = Date.UTC(2026, 2, 29, 9, 0); // Sun 29 Mar, 10:00 BST
    expect(london(chat)).toMatchObject({ d: 29, h: 10 });
    const [n] = dueNudges([scheduled(chat, chat - 5 * DAY)], chat - 1, s);
    expect(n!.dueAt).toBe(chat - 24 * HOUR);
    expect(london(n!.dueAt)).toMatchObject({ d: 28, h: 9 });
    expect(dueNudges([scheduled(chat, chat - 5 * DAY)], chat - 24 * HOUR - 1, s)).toEqual([]);
  });
  it('chat on the Sunday the clocks go back: the nudge is 11:00 BST on Saturday', () => {
    const chat = Date.UTC(2026, 9, 25, 10, 0); // Sun 25 Oct, 10:00 GMT
    expect(nextDueAt([scheduled(chat, chat - 5 * DAY)], chat - 3 * DAY, s)).toBe(chat - 24 * HOUR);
    expect(london(chat - 24 * HOUR)).toMatchObject({ d: 24, h: 11 });
  });
  it('the chat zone does not matter: instants are absolute (a New York chat in the March gap)', () => {
    const chat = Date.UTC(2026, 2, 9, 14, 0); // Mon 9 Mar 10:00 EDT, the day after the US change
    const p = scheduled(chat, chat - 5 * DAY, 'America/New_York');
    expect(nextDueAt([p], chat - 3 * DAY, s)).toBe(chat - 24 * HOUR);
    expect(zonedParts(chat - 24 * HOUR, 'America/New_York')).toMatchObject({ d: 8, h: 10 });
  });
  it('a thank-you across the change: 3 elapsed hours after the end', () => {
    const chat = Date.UTC(2026, 2, 28, 23, 30); // Sat 23:30 GMT, 60 min: ends 00:30 GMT
    const p = person({ stage: 'held', chat: { at: chat, minutes: 60, timeZone: 'Europe/London' }, heldAt: chat + 60 * MIN, lastStepAt: chat + 60 * MIN });
    expect(nextDueAt([p], chat + 61 * MIN, s)).toBe(chat + 4 * HOUR);
    expect(london(chat + 4 * HOUR)).toMatchObject({ d: 29, h: 4, min: 30 }); // 03:30 UTC is 04:30 BST
  });
});

describe('a chat in the past', () => {
  const chat = Date.UTC(2026, 2, 4, 15, 0);
  const p = scheduled(chat, chat - 5 * DAY);
  it('the agenda is not due after the chat started, even if never sent', () => {
    expect(dueNudges([p], chat - 1, s)).toMatchObject([{ kind: 'agenda' }]);
    expect(dueNudges([p], chat, s)).toEqual([]);
    expect(dueNudges([p], chat + 10 * DAY, s).map((n) => n.kind)).not.toContain('agenda');
  });
  it('no thank-you is invented until the user marks it held: they are asked whether it happened', () => {
    expect(nextDueAt([p], chat + HOUR, s)).toBe(chat + p.chat!.minutes * MIN + 3 * HOUR);
    expect(dueNudges([p], chat + 10 * DAY, s).map((n) => n.kind)).toEqual(['chat-happened']);
  });
  it('scheduling a chat that already started gives no agenda', () => {
    const late = scheduled(chat, chat + HOUR);
    expect(nextDueAt([late], chat + HOUR, s)).toBe(chat + late.chat!.minutes * MIN + 3 * HOUR);
    expect(dueNudges([late], chat + HOUR, s)).toEqual([]);
  });
});

describe('quiet hours (21–8 in the user zone): due moments inside move to their end', () => {
  const quiet = settings({ timeZone: 'Europe/London', quietHours: { enabled: true, start: 21, end: 8 } });
  const askedAt = (sentAt: number) => person({ stage: 'sent', sentAt, lastStepAt: sentAt });
  const evening = Date.UTC(2026, 1, 10, 22, 0); // Tue 10 Feb 22:00 GMT
  const p = askedAt(evening - 7 * DAY);
  it('an evening nudge waits for 08:00 the next morning', () => {
    expect(dueNudges([p], evening + HOUR, quiet)).toEqual([]);
    const morning = Date.UTC(2026, 1, 11, 8, 0);
    expect(nextDueAt([p], evening + HOUR, quiet)).toBe(morning);
    expect(dueNudges([p], morning, quiet)).toMatchObject([{ kind: 'check-in', dueAt: morning }]);
  });
  it('without quiet hours the same nudge is due at once', () => {
    expect(dueNudges([p], evening, s)).toMatchObject([{ dueAt: evening }]);
  });
  it('an early-morning nudge waits for 08:00 the same day; a midday one is untouched', () => {
    const early = Date.UTC(2026, 1, 11, 6, 15);
    expect(nextDueAt([askedAt(early - 7 * DAY)], early - HOUR, quiet)).toBe(Date.UTC(2026, 1, 11, 8, 0));
    const noon = Date.UTC(2026, 1, 11, 12, 0);
    expect(nextDueAt([askedAt(noon - 7 * DAY)], noon - HOUR, quiet)).toBe(noon);
  });
  it('a nudge overdue since before tonight stays due at 02:00', () => {
    const twoAm = Date.UTC(2026, 1, 11, 2, 0);
    expect(dueNudges([askedAt(twoAm - 9 * DAY)], twoAm, quiet)).toHaveLength(1);
  });
  it('quiet hours end at 08:00 local across the spring change (07:00 UTC)', () => {
    const late = Date.UTC(2026, 2, 28, 23, 0); // Sat 23:00 GMT
    expect(nextDueAt([askedAt(late - 7 * DAY)], late, quiet)).toBe(Date.UTC(2026, 2, 29, 7, 0));
  });
  it('an agenda pushed past the chat start by quiet hours is dropped; one that still fits waits', () => {
    const at22 = Date.UTC(2026, 1, 10, 22, 0);
    const tooEarly = scheduled(Date.UTC(2026, 1, 11, 7, 30), at22);
    // Only "did it happen?" is left to wake for, after the chat.
    expect(nextDueAt([tooEarly], at22, quiet)).toBe(Date.UTC(2026, 1, 11, 7, 30) + tooEarly.chat!.minutes * MIN + 3 * HOUR);
    expect(dueNudges([tooEarly], Date.UTC(2026, 1, 11, 8, 0), quiet)).toEqual([]);
    const fits = scheduled(Date.UTC(2026, 1, 11, 9, 0), at22);
    expect(nextDueAt([fits], at22, quiet)).toBe(Date.UTC(2026, 1, 11, 8, 0));
  });
  it('works in other zones and for windows that do not wrap midnight', () => {
    const ny = settings({ timeZone: 'America/New_York', quietHours: { enabled: true, start: 12, end: 14 } });
    const lunch = Date.UTC(2026, 1, 11, 17, 30); // 12:30 EST
    expect(nextDueAt([askedAt(lunch - 7 * DAY)], lunch - HOUR, ny)).toBe(Date.UTC(2026, 1, 11, 19, 0));
  });
  // Chatham springs forward at 02:45 standard time to 03:45 (Sun 27 Sep 2026, 14:00 UTC), so 03:00 never
  // happens there that night: quiet hours that end (or start) at 3 turn at the jump itself, not at 04:00.
  it('a boundary hour skipped by a clock change that is not on the hour (Pacific/Chatham) turns at the jump', () => {
    const jump = Date.UTC(2026, 8, 26, 14, 0);
    expect(zonedParts(jump - 1, 'Pacific/Chatham')).toMatchObject({ h: 2, min: 44 });
    expect(zonedParts(jump, 'Pacific/Chatham')).toMatchObject({ h: 3, min: 45 });
    const endsAt3 = settings({ timeZone: 'Pacific/Chatham', quietHours: { enabled: true, start: 22, end: 3 } });
    const lateSat = Date.UTC(2026, 8, 26, 10, 15); // Sat 26 Sep 23:00 CHAST
    expect(nextDueAt([askedAt(lateSat - 7 * DAY)], lateSat, endsAt3)).toBe(jump);
    expect(dueNudges([askedAt(lateSat - 7 * DAY)], jump, endsAt3)).toMatchObject([{ dueAt: jump }]);
    const startsAt3 = settings({ timeZone: 'Pacific/Chatham', quietHours: { enabled: true, start: 3, end: 9 } });
    // Due at 03:50 CHADT: quiet began at the jump, so it waits for 09:00 instead of showing at once.
    const after = jump + 5 * MIN;
    expect(dueNudges([askedAt(after - 7 * DAY)], after + MIN, startsAt3)).toEqual([]);
    expect(nextDueAt([askedAt(after - 7 * DAY)], after + MIN, startsAt3)).toBe(Date.UTC(2026, 8, 26, 19, 15)); // 09:00 CHADT
  });
  it('an unknown zone falls back to the browser zone instead of throwing', () => {
    const odd = settings({ timeZone: 'Mars/Olympus_Mons', quietHours: { enabled: true, start: 21, end: 8 } });
    expect(() => dueNudges([p], evening, odd)).not.toThrow();
  });
});
