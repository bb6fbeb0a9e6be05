// The .ics from `ics`, read back with ical.js: the instant must survive exactly, in every zone pair,
// including across the clock changes (ASK.md §5: "the calendar invite is in *their* time zone").
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatInZone, suggestSlots, zonedTimeToUtc } from '../../../lib/schedule';
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

  it('is deterministic: same chat, same text and UID; another chat, another UID', () => {
    const req = { title: 'Coffee chat', start: Date.UTC(2026, 3, 7, 15), minutes: 20 };
    expect(chatInvite(req)).toBe(chatInvite(req));
    expect(chatInvite(req)).toContain('DTSTAMP:20260407T150000Z');
    expect(readBack(chatInvite(req)).uid).not.toBe(readBack(chatInvite({ ...req, start: req.start + 60_000 })).uid);
    expect(chatInvite({ ...req, stamp: Date.UTC(2026, 3, 1) })).toContain('DTSTAMP:20260401T000000Z');
  });

  it('refuses an impossible chat with a sentence', () => {
    expect(() => chatInvite({ title: 'x', start: -5, minutes: 20 })).toThrow(/calendar invite/);
  });
});
