import { describe, expect, it } from 'vitest';
import { timeWarnings } from '../../../lib/schedule/warnings';

// Issue 12: scheduling warns outside either person's working hours, and at night, in their own zones.
const base = { minutes: 30, myZone: 'Europe/London', myHours: { start: 9, end: 18 }, who: 'Marisol' };
const wed = (h: number, m = 0) => Date.UTC(2026, 2, 4, h, m); // Wed 4 Mar 2026, London = UTC

describe('timeWarnings', () => {
  it.each([
    { row: '10:00 London, 05:00 New York: night for them', at: wed(10), their: 'America/New_York', want: [/05:00 at night for Marisol \(America\/New_York\)/] },
    { row: '15:00 London, 10:00 New York: fine for both', at: wed(15), their: 'America/New_York', want: [] },
    { row: '03:00 for the user: night for you', at: wed(3), their: null, want: [/^That's 03:00 at night for you\.$/] },
    { row: '19:00 London: outside your working hours', at: wed(19), their: null, want: [/19:00, outside your working hours \(9–18\)/] },
    { row: '17:45 for 30 min runs past 18:00', at: wed(17, 45), their: null, want: [/outside your working hours/] },
    { row: '08:00 London = 17:00 Tokyo, early for you', at: wed(8), their: 'Asia/Tokyo', want: [/08:00, outside your working hours/] },
    { row: '12:00 London = 21:00 Tokyo: outside theirs', at: wed(12), their: 'Asia/Tokyo', want: [/21:00 for Marisol \(Asia\/Tokyo\), outside usual working hours/] },
    { row: 'Saturday: your weekend', at: Date.UTC(2026, 2, 7, 11), their: null, want: [/your weekend/] },
  ])('$row', ({ at, their, want }) => {
    const w = timeWarnings({ ...base, at, theirZone: their });
    expect(w).toHaveLength(want.length);
    want.forEach((re, i) => expect(w[i]).toMatch(re));
  });
});

describe('the invitation (.ics)', () => {
  it('carries the agenda and the profile link in its description, and a reminder 10 minutes before', async () => {
    const ICAL = (await import('ical.js')).default;
    const { chatInvite } = await import('../../../lib/schedule/invite');
    const text = chatInvite({ title: 'Coffee chat', start: wed(15), minutes: 20, agenda: ['How did you move into design systems?'], link: 'https://www.linkedin.com/in/marisol/' });
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const description = String(event.getFirstPropertyValue('description'));
    expect(description).toContain('- How did you move into design systems?');
    expect(description).toContain('Profile: https://www.linkedin.com/in/marisol/');
    const alarm = event.getFirstSubcomponent('valarm')!;
    expect(alarm).toBeTruthy();
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT10M');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  });
});
