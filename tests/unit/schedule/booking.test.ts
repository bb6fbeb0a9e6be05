// Which calendar event a chat's invite is (RFC 5545 §3.8.4.7 UID, §3.8.7.4 SEQUENCE). A calendar replaces
// an event of the same UID only with a SEQUENCE at least as high, and keeps a second UID beside the first.
// Review of the first booking keys: an import gave a chat a new UID (the key used createdAt), undo lowered
// SEQUENCE (0, 1, 0: the undone time stayed), and a chat never marked held was "moved" to the next booking.
import { describe, expect, it } from 'vitest';
import { chatBooking, type LoggedStep } from '../../../lib/schedule/booking';
import { exportJson } from '../../../lib/tracker/export';
import { readHistory } from '../../../lib/tracker/history';
import { importData } from '../../../lib/tracker/import';
import { recordChatHeld, recordReply, recordSent, scheduleChat } from '../../../lib/tracker/record';
import { undoLast } from '../../../lib/tracker/undo';
import { freshDb, person as addPerson } from '../tracker/helpers';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T = Date.UTC(2026, 3, 1, 9); // 1 Apr 2026, when things are recorded
const marisol = { id: 'https://www.linkedin.com/in/marisol/', createdAt: Date.UTC(2026, 2, 1, 9, 12, 7) };
const nadim = { id: 'https://www.linkedin.com/in/nadim/', createdAt: marisol.createdAt };

/** The steps as lib/tracker/record.ts stores them: a chat-scheduled step's detail is `{ chat }`. */
const scheduled = (at: number, chatAt: number): LoggedStep => ({ type: 'chat-scheduled', at, detail: { chat: { at: chatAt, minutes: 20, timeZone: 'Europe/London' } } });
const held = (at: number): LoggedStep => ({ type: 'chat-held', at, detail: { takeaways: 'Read the on-call handbook first.' } });
const other = (type: string, at: number): LoggedStep => ({ type, at });

/** Booked on 1 Apr for 7 Apr 15:00; the log up to then. */
const booked = [other('sent', T - 2 * DAY), other('replied', T - DAY), scheduled(T, T + 6 * DAY + 6 * HOUR)];
const moved = [...booked, scheduled(T + DAY, T + 8 * DAY)];
const movedTwice = [...moved, other('sent', T + 2 * DAY), scheduled(T + 3 * DAY, T + 9 * DAY)];
const heldThenBooked = [...booked, held(T + 6 * DAY + 7 * HOUR), scheduled(T + 7 * DAY, T + 20 * DAY)];
/** The 7 Apr chat passed without "held"; on 8 Apr the next one is booked. */
const pastThenBooked = [...booked, scheduled(T + 7 * DAY, T + 20 * DAY)];

const key = (p: { id: string; createdAt: number }, events: readonly LoggedStep[], pending = false, now = T + 10 * DAY) => chatBooking(p, events, pending, now).key;

describe('chatBooking: one UID per booking', () => {
  const same: { row: string; a: () => string; b: () => string }[] = [
    { row: 'moved once', a: () => key(marisol, booked), b: () => key(marisol, moved) },
    { row: 'moved twice, other steps between', a: () => key(marisol, booked), b: () => key(marisol, movedTwice) },
    { row: 'moved on its own day, before it starts', a: () => key(marisol, booked), b: () => key(marisol, [...booked, scheduled(T + 6 * DAY, T + 9 * DAY)]) },
    { row: 'a move undone (the log shortened)', a: () => key(marisol, moved), b: () => key(marisol, booked) },
    { row: 'after an import kept the other copy\'s earlier createdAt', a: () => key(marisol, moved), b: () => key({ ...marisol, createdAt: marisol.createdAt - 30 * DAY }, moved) },
    { row: 'a move being picked (pending) and the same move saved', a: () => key(marisol, booked, true, T + DAY), b: () => key(marisol, moved) },
    { row: 'a first booking being picked (pending) and then saved at that moment', a: () => key(marisol, booked.slice(0, 2), true, T), b: () => key(marisol, booked) },
    { row: 'a download years later (the key has no clock in it)', a: () => key(marisol, moved, false, T + 2 * DAY), b: () => key(marisol, moved, false, T + 3000 * DAY) },
    { row: 'a chat with no step in the log (imported without it): stable', a: () => key(marisol, [], false, T), b: () => key(marisol, [], false, T + DAY) },
    { row: 'a step without its chat detail: still a move', a: () => key(marisol, booked), b: () => key(marisol, [...booked, other('chat-scheduled', T + DAY)]) },
    { row: 'a rebooking step without its chat detail, then moved', a: () => key(marisol, [...booked, other('chat-scheduled', T + 7 * DAY)]), b: () => key(marisol, [...booked, other('chat-scheduled', T + 7 * DAY), scheduled(T + 8 * DAY, T + 9 * DAY)]) },
  ];
  it.each(same)('same UID: $row', ({ a, b }) => expect(a()).toBe(b()));

  const differ: { row: string; a: () => string; b: () => string }[] = [
    { row: 'the next chat after one was held', a: () => key(marisol, booked), b: () => key(marisol, heldThenBooked) },
    { row: 'the next chat after one was held, moved', a: () => key(marisol, booked), b: () => key(marisol, [...heldThenBooked, scheduled(T + 8 * DAY, T + 21 * DAY)]) },
    { row: 'a past chat never marked held, then a new booking', a: () => key(marisol, booked), b: () => key(marisol, pastThenBooked) },
    { row: 'a past chat, rebooked an hour after it started', a: () => key(marisol, booked), b: () => key(marisol, [...booked, scheduled(T + 6 * DAY + 7 * HOUR, T + 9 * DAY)]) },
    { row: 'a past moved chat, then a new booking', a: () => key(marisol, moved), b: () => key(marisol, [...moved, scheduled(T + 9 * DAY, T + 20 * DAY)]) },
    { row: 'a new booking being picked (pending) after the chat passed', a: () => key(marisol, booked), b: () => key(marisol, booked, true, T + 7 * DAY) },
    { row: 'different people, same log', a: () => key(marisol, booked), b: () => key(nadim, booked) },
    { row: 'two users asking the same person (booked at other moments)', a: () => key(marisol, booked), b: () => key(marisol, [scheduled(T + 5 * MINUTE, T + 6 * DAY + 6 * HOUR)]) },
    { row: 'a booking undone and booked again later', a: () => key(marisol, booked), b: () => key(marisol, [...booked.slice(0, 2), scheduled(T + HOUR, T + 6 * DAY + 6 * HOUR)]) },
  ];
  it.each(differ)('new UID: $row', ({ a, b }) => expect(a()).not.toBe(b()));

  it('the same rules hold after a rebooked past chat: moving the new one keeps its UID', () => {
    expect(key(marisol, [...pastThenBooked, scheduled(T + 8 * DAY, T + 21 * DAY)])).toBe(key(marisol, pastThenBooked));
  });
});

describe('chatBooking: SEQUENCE never drops for a later download', () => {
  // Downloads in the order they happen, with the log as it was at each: the undo rows shorten it.
  type Download = { events: readonly LoggedStep[]; now: number; pending?: boolean; person?: typeof marisol };
  const at = (events: readonly LoggedStep[], now: number, more: Omit<Download, 'events' | 'now'> = {}): Download => ({ events, now, ...more });
  const imported = { ...marisol, createdAt: marisol.createdAt - 30 * DAY };
  const histories: { row: string; downloads: Download[] }[] = [
    { row: 'schedule, reschedule, undo', downloads: [at(booked, T + HOUR), at(moved, T + DAY + HOUR), at(booked, T + DAY + 2 * HOUR)] },
    {
      row: 'schedule, reschedule twice, undo back to the first booking',
      downloads: [at(booked, T), at(moved, T + DAY), at(movedTwice, T + 3 * DAY), at(movedTwice.slice(0, -1), T + 3 * DAY + MINUTE), at(moved, T + 3 * DAY + 2 * MINUTE), at(booked, T + 3 * DAY + 3 * MINUTE)],
    },
    { row: 'downloads a second apart', downloads: [at(booked, T + 5 * SECOND), at(moved, T + DAY), at(booked, T + DAY + SECOND), at(moved, T + DAY + 2 * SECOND)] },
    { row: 'the same download twice in one second', downloads: [at(moved, T + DAY + 100), at(moved, T + DAY + 900)] },
    { row: 'picked in the form (pending), then saved, then undone', downloads: [at(booked, T + DAY, { pending: true }), at(moved, T + DAY + MINUTE), at(booked, T + DAY + 2 * MINUTE)] },
    { row: 'before and after an import (createdAt changed), then undo', downloads: [at(moved, T + DAY + HOUR), at(moved, T + 2 * DAY, { person: imported }), at(booked, T + 2 * DAY + HOUR, { person: imported })] },
  ];
  it.each(histories)('$row', ({ downloads }) => {
    const got = downloads.map((d) => chatBooking(d.person ?? marisol, d.events, d.pending ?? false, d.now));
    expect(new Set(got.map((b) => b.key)).size).toBe(1);
    for (let i = 1; i < got.length; i++) {
      expect(got[i]!.sequence).toBeGreaterThanOrEqual(got[i - 1]!.sequence);
      // Whole seconds: a download a second later has a strictly higher SEQUENCE, so the newest file wins.
      if (downloads[i]!.now - downloads[i - 1]!.now >= SECOND) expect(got[i]!.sequence).toBeGreaterThan(got[i - 1]!.sequence);
    }
  });

  const range = [
    { row: 'the moment it is booked', now: T, sequence: 0 },
    { row: 'an hour later', now: T + HOUR, sequence: 3600 },
    { row: 'a clock behind the booking (another device)', now: T - HOUR, sequence: 0 },
    { row: '70 years later: SEQUENCE is an RFC 5545 integer, capped', now: T + 70 * 365 * DAY, sequence: 2_147_483_647 },
  ];
  it.each(range)('an integer in range: $row', ({ now, sequence }) => {
    const b = chatBooking(marisol, booked, false, now);
    expect(b.sequence).toBe(sequence);
    expect(Number.isInteger(b.sequence)).toBe(true);
  });

  it('a chat with no step in the log still gets a rising sequence', () => {
    const a = chatBooking(marisol, [], false, T).sequence;
    expect(chatBooking(marisol, [], false, T + SECOND).sequence).toBe(a + 1);
    expect(a).toBeLessThanOrEqual(2_147_483_647);
  });

  it('without `now` it is the download moment (the dashboard\'s call)', () => {
    const before = Date.now();
    const b = chatBooking(marisol, [scheduled(before - HOUR, before + DAY)]);
    expect(b.sequence).toBeGreaterThanOrEqual(3600);
    expect(b.sequence).toBeLessThanOrEqual(3600 + Math.ceil((Date.now() - before) / SECOND));
  });
});

describe('chatBooking reads the log lib/tracker writes', () => {
  const URL = 'https://www.linkedin.com/in/marisol-vega/';
  const chat = (at: number) => ({ at, minutes: 20, timeZone: 'Europe/London' });

  it('schedule, reschedule, undo, export and import into a copy created earlier: one UID, rising SEQUENCE', async () => {
    const db = freshDb();
    await addPerson(db, 'marisol-vega', {}, T - 5 * DAY);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T - 2 * DAY });
    await recordReply(db, URL, { at: T - DAY });
    const download = async (d: typeof db, now: number) => {
      const p = (await d.people.get(URL))!;
      return chatBooking(p, (await readHistory(d, URL)).events, false, now);
    };
    await scheduleChat(db, URL, chat(T + 6 * DAY), T);
    const first = await download(db, T + MINUTE);
    await scheduleChat(db, URL, chat(T + 8 * DAY), T + DAY);
    const second = await download(db, T + DAY + MINUTE);
    await undoLast(db, URL);
    const third = await download(db, T + DAY + 2 * MINUTE);
    expect([second.key, third.key]).toEqual([first.key, first.key]);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(third.sequence).toBeGreaterThan(second.sequence);

    const copy = freshDb();
    await addPerson(copy, 'marisol-vega', {}, T - 30 * DAY); // the earlier createdAt wins the merge
    await importData(copy, await exportJson(db, { now: T + 2 * DAY }));
    expect((await copy.people.get(URL))!.createdAt).toBe(T - 30 * DAY);
    const imported = await download(copy, T + 2 * DAY);
    expect(imported.key).toBe(first.key);
    expect(imported.sequence).toBeGreaterThan(third.sequence);
  });

  it('held, or passed without being marked held: the next booking is a new UID', async () => {
    const db = freshDb();
    await addPerson(db, 'marisol-vega', {}, T - 5 * DAY);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T - 2 * DAY });
    await recordReply(db, URL, { at: T - DAY });
    const keyNow = async () => chatBooking((await db.people.get(URL))!, (await readHistory(db, URL)).events, false, T + 30 * DAY).key;
    await scheduleChat(db, URL, chat(T + 6 * DAY), T);
    const firstKey = await keyNow();
    await scheduleChat(db, URL, chat(T + 20 * DAY), T + 7 * DAY); // the 7 Apr chat was never marked held
    const secondKey = await keyNow();
    await recordChatHeld(db, URL, { at: T + 20 * DAY + HOUR, takeaways: 'Ask about the platform team.' });
    await scheduleChat(db, URL, chat(T + 40 * DAY), T + 21 * DAY);
    const thirdKey = await keyNow();
    expect(new Set([firstKey, secondKey, thirdKey]).size).toBe(3);
  });
});
