// The .ics from `ics`, read back with ical.js: the instant must survive exactly, in every zone pair,
// including across the clock changes (ASK.md §5: "the calendar invite is in *their* time zone").
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatInZone, suggestSlots, zonedTimeToUtc } from '../../../lib/schedule';
import { chatBooking } from '../../../lib/schedule/booking';
import { chatInvite } from '../../../lib/schedule/invite';

function readBack(ics: string) {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  return {
    start: event.startDate.toUnixTime() * 1000,
    end: event.endDate.toUnixTime() * 1000,
    summary: event.summary,
    description: event.description,
    uid: event.uid,
    attendees: event.attendees.map((a) => String(a.getFirstValue())),
  };
}

/** UID and SEQUENCE, which ical.js's Event reads only in part. */
function readBackRaw(ics: string) {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const sequence = vevent.getFirstPropertyValue('sequence');
  return { uid: String(vevent.getFirstPropertyValue('uid')), sequence: sequence === null ? null : Number(sequence) };
}

const nine = { start: 9, end: 18 };
const pairs = [
  // The US has changed clocks (8 Mar), the UK not yet (29 Mar).
  { name: 'London → New York in the March gap', now: Date.UTC(2026, 2, 16, 10), me: 'Europe/London', them: 'America/New_York' },
  // Sydney changes on 4 Oct, Berlin on 25 Oct: a slot each side of Sydney's change.
  { name: 'Sydney → Berlin around the October change', now: Date.UTC(2026, 8, 28, 22), me: 'Australia/Sydney', them: 'Europe/Berlin' },
  { name: 'Berlin → Sydney after both changes', now: Date.UTC(2026, 9, 26, 6), me: 'Europe/Berlin', them: 'Australia/Sydney' },
  { name: 'Kolkata → Los Angeles', now: Date.UTC(2026, 6, 6, 6), me: 'Asia/Kolkata', them: 'America/Los_Angeles' },
];

describe('chatInvite', () => {
  it.each(pairs)('$name: every suggested slot reads back as the same instant', ({ name, now, me, them }) => {
    const slots = suggestSlots({ now, myZone: me, theirZone: them, myHours: { start: 7, end: 22 }, theirHours: nine, minutes: 20, count: 5 });
    expect(slots).toHaveLength(5);
    for (const start of slots) {
      const back = readBack(chatInvite({ title: 'Coffee chat', start, minutes: 20 }));
      expect(back.start).toBe(start);
      expect(back.end).toBe(start + 20 * 60_000);
      expect(formatInZone(back.start, them)).toBe(formatInZone(start, them));
    }
    if (name.startsWith('Sydney')) {
      // Five weekdays from 30 Sep straddle Sydney's change (Sun 4 Oct); Berlin's 09:00 is 17:00, then 18:00 in Sydney.
      expect(slots.some((s) => s < Date.UTC(2026, 9, 3, 16)) && slots.some((s) => s > Date.UTC(2026, 9, 4))).toBe(true);
    }
  });

  it('a chat at 10:00 New York on the Monday after the US change is 14:00 UTC, 14:00 in London', () => {
    const start = zonedTimeToUtc({ y: 2026, m: 3, d: 9, h: 10, min: 0 }, 'America/New_York');
    const ics = chatInvite({ title: 'Coffee chat', start, minutes: 20 });
    expect(ics).toContain('DTSTART:20260309T140000Z');
    expect(formatInZone(readBack(ics).start, 'Europe/London')).toBe('Mon 9 Mar, 14:00 (Europe/London)');
  });

  it('carries the title, the agenda and the attendee', () => {
    const back = readBack(chatInvite({
      title: 'Coffee chat: Marisol & Ada', start: Date.UTC(2026, 3, 7, 15), minutes: 25,
      description: 'Thanks for making time, especially so late in your evening.',
      agenda: ['How did you move from support into product?', 'What would you read first, today; why?'],
      organizer: { name: 'Ada', email: 'ada@example.com' }, attendeeName: 'Marisol', attendeeEmail: 'marisol@example.com',
    }));
    expect(back.summary).toBe('Coffee chat: Marisol & Ada');
    expect(back.description).toBe(
      'Thanks for making time, especially so late in your evening.\n\nAgenda:\n- How did you move from support into product?\n- What would you read first, today; why?',
    );
    expect(back.attendees).toEqual(['mailto:marisol@example.com']);
  });

  it('without an email the attendee is named in the description (ATTENDEE needs an address)', () => {
    const ics = chatInvite({ title: 'Coffee chat', start: Date.UTC(2026, 3, 7, 15), minutes: 20, attendeeName: 'Marisol' });
    expect(ics).not.toContain('ATTENDEE');
    expect(readBack(ics).description).toBe('With Marisol');
  });

  it('without a booking (the first release\'s callers): deterministic, one UID per time', () => {
    const req = { title: 'Coffee chat', start: Date.UTC(2026, 3, 7, 15), minutes: 20 };
    expect(chatInvite(req)).toBe(chatInvite(req));
    expect(chatInvite(req)).toContain('DTSTAMP:20260407T150000Z');
    expect(chatInvite(req)).not.toContain('SEQUENCE');
    expect(readBack(chatInvite(req)).uid).not.toBe(readBack(chatInvite({ ...req, start: req.start + 60_000 })).uid);
  });

  // RFC 5545 §3.8.7.4: a calendar replaces an event of the same UID with a higher SEQUENCE. Rescheduled
  // with a new UID, both people kept the old event beside the new one (review of 2026-11-22).
  describe('a rescheduled chat updates the same calendar event', () => {
    const marisol = { id: 'https://www.linkedin.com/in/marisol/', createdAt: Date.UTC(2026, 2, 1, 9, 12, 7) };
    const first = Date.UTC(2026, 3, 7, 15);
    const moved = Date.UTC(2026, 3, 9, 16, 30);
    const log = (...types: string[]) => types.map((type, i) => ({ type, at: Date.UTC(2026, 2, 2 + i) }));
    const invite = (start: number, events: { type: string; at: number }[], pending = false, now = Date.UTC(2026, 3, 1, 8)) =>
      readBackRaw(chatInvite({ title: 'Coffee chat', start, minutes: 20, now, booking: chatBooking(marisol, events, pending) }));

    const cases = [
      { row: 'first booking', events: log('sent', 'replied', 'chat-scheduled'), revision: 0, chat: 0 },
      { row: 'moved once', events: log('sent', 'replied', 'chat-scheduled', 'chat-scheduled'), revision: 1, chat: 0 },
      { row: 'moved twice', events: log('sent', 'replied', 'chat-scheduled', 'chat-scheduled', 'chat-scheduled'), revision: 2, chat: 0 },
      { row: 'the next chat after one was held', events: log('sent', 'replied', 'chat-scheduled', 'chat-held', 'chat-scheduled'), revision: 0, chat: 1 },
      { row: 'the next chat, moved', events: log('chat-scheduled', 'chat-held', 'chat-scheduled', 'chat-scheduled'), revision: 1, chat: 1 },
    ];
    it.each(cases)('$row', ({ events, revision, chat }) => {
      const back = invite(moved, events);
      expect(back.sequence).toBe(revision);
      expect(back.uid).toBe(invite(first, log(...Array(chat).fill('chat-held'), 'chat-scheduled')).uid);
      expect(back.uid).not.toBe(invite(first, log(...Array(chat + 1).fill('chat-held'), 'chat-scheduled')).uid);
    });
    it('picking a time before saving it (pending) gives the revision the saved chat will have', () => {
      const booked = log('sent', 'replied', 'chat-scheduled');
      expect(invite(moved, booked, true)).toMatchObject({ sequence: 1, uid: invite(moved, log('chat-scheduled', 'chat-scheduled')).uid });
      expect(invite(first, log('sent', 'replied'), true)).toMatchObject({ sequence: 0, uid: invite(first, booked).uid });
    });
    it('differs between people, and between two users asking the same person', () => {
      const booked = log('chat-scheduled');
      const uid = (p: typeof marisol) => readBackRaw(chatInvite({ title: 'x', start: first, minutes: 20, booking: chatBooking(p, booked) })).uid;
      expect(uid(marisol)).not.toBe(uid({ ...marisol, id: 'https://www.linkedin.com/in/nadim/' }));
      expect(uid(marisol)).not.toBe(uid({ ...marisol, createdAt: marisol.createdAt + 1 }));
      expect(uid(marisol)).toMatch(/^[0-9a-f]{16}@coffee-chat$/);
    });
    it('DTSTAMP is the moment the file is made, not the chat start', () => {
      expect(chatInvite({ title: 'x', start: first, minutes: 20, now: Date.UTC(2026, 3, 1, 8, 30) })).toContain('DTSTAMP:20260401T083000Z');
    });
  });

  it('refuses an impossible chat with a sentence', () => {
    expect(() => chatInvite({ title: 'x', start: -5, minutes: 20 })).toThrow(/calendar invite/);
  });
});
