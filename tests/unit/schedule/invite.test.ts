// The .ics from `ics`, read back with ical.js: the instant must survive exactly, in every zone pair,
// including across the clock changes (ARCHITECTURE.md §5: "the calendar invite is in *their* time zone").
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatInZone, suggestSlots, zonedTimeToUtc } from '../../../lib/schedule';
import { chatBooking, type LoggedStep } from '../../../lib/schedule/booking';
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

  // RFC 5545 §3.8.7.4: a calendar replaces an event of the same UID with a SEQUENCE at least as high. The
  // rules of which chat is which booking are in booking.test.ts; here, that the file carries them.
  describe('a booked chat: the UID and SEQUENCE of its booking', () => {
    const marisol = { id: 'https://www.linkedin.com/in/marisol/', createdAt: Date.UTC(2026, 2, 1, 9, 12, 7) };
    const bookedAt = Date.UTC(2026, 3, 1, 9);
    const first = Date.UTC(2026, 3, 7, 15);
    const moved = Date.UTC(2026, 3, 9, 16, 30);
    const scheduled = (at: number, chat: number): LoggedStep => ({ type: 'chat-scheduled', at, detail: { chat: { at: chat, minutes: 20, timeZone: 'UTC' } } });
    const booked = [scheduled(bookedAt, first)];
    const rebooked = [...booked, scheduled(bookedAt + 86_400_000, moved)];
    const invite = (p: typeof marisol, start: number, events: LoggedStep[], now: number) =>
      readBackRaw(chatInvite({ title: 'Coffee chat', start, minutes: 20, now, booking: chatBooking(p, events, false, now) }));

    // Downloads in order: booked, moved, the move undone (the log shortened), then after an import that kept an earlier createdAt.
    const downloads = [
      { row: 'booked', person: marisol, start: first, events: booked, now: bookedAt + 60_000 },
      { row: 'moved', person: marisol, start: moved, events: rebooked, now: bookedAt + 86_460_000 },
      { row: 'the move undone', person: marisol, start: first, events: booked, now: bookedAt + 86_520_000 },
      { row: 'after an import', person: { ...marisol, createdAt: marisol.createdAt - 86_400_000 }, start: first, events: booked, now: bookedAt + 2 * 86_400_000 },
    ];
    it.each(downloads.map((d, i) => ({ ...d, i })).slice(1))('$row: the same UID, a higher SEQUENCE than the download before', ({ i }) => {
      const [before, after] = [downloads[i - 1]!, downloads[i]!].map((d) => invite(d.person, d.start, d.events, d.now));
      expect(after!.uid).toBe(before!.uid);
      expect(after!.sequence).toBeGreaterThan(before!.sequence!);
    });
    it('SEQUENCE is the whole seconds since the booking was recorded; the UID is 16 hex digits', () => {
      expect(invite(marisol, first, booked, bookedAt + 90_500)).toEqual({ uid: expect.stringMatching(/^[0-9a-f]{16}@coffee-chat$/), sequence: 90 });
    });
    it('differs between people, and after a chat was held', () => {
      const uid = invite(marisol, first, booked, bookedAt).uid;
      expect(invite({ ...marisol, id: 'https://www.linkedin.com/in/nadim/' }, first, booked, bookedAt).uid).not.toBe(uid);
      expect(invite(marisol, moved, [...booked, { type: 'chat-held', at: first + 1_800_000 }, scheduled(first + 3_600_000, moved)], first + 3_600_000).uid).not.toBe(uid);
    });
    it('DTSTAMP is the moment the file is made, not the chat start', () => {
      expect(chatInvite({ title: 'x', start: first, minutes: 20, now: Date.UTC(2026, 3, 1, 8, 30) })).toContain('DTSTAMP:20260401T083000Z');
    });
  });

  it('refuses an impossible chat with a sentence', () => {
    expect(() => chatInvite({ title: 'x', start: -5, minutes: 20 })).toThrow(/calendar invite/);
  });
});
