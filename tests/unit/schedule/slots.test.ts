// suggestSlots: weekdays, inside both people's hours, distinct days, on the user's :00/:30, a day ahead.
import { describe, expect, it } from 'vitest';
import { MIN_LEAD, suggestSlots, zonedParts, type Hours } from '../../../lib/schedule';

const nine = { start: 9, end: 18 };
function inside(ms: number, minutes: number, zone: string, hours: Hours): boolean {
  const p = zonedParts(ms, zone);
  const start = p.h * 60 + p.min;
  return p.weekday >= 1 && p.weekday <= 5 && start >= hours.start * 60 && start + minutes <= hours.end * 60;
}
function dayKey(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  return `${p.y}-${p.m}-${p.d}`;
}

type Case = { name: string; now: number; myZone: string; theirZone: string; myHours?: Hours; theirHours?: Hours; minutes: number };
const pairs: Case[] = [
  { name: 'London ↔ New York in winter', now: Date.UTC(2026, 1, 2, 10), myZone: 'Europe/London', theirZone: 'America/New_York', minutes: 20 },
  { name: 'London ↔ New York in the March gap', now: Date.UTC(2026, 2, 9, 10), myZone: 'Europe/London', theirZone: 'America/New_York', minutes: 20 },
  { name: 'Sydney ↔ Berlin before the October change', now: Date.UTC(2026, 8, 27, 22), myZone: 'Australia/Sydney', theirZone: 'Europe/Berlin', minutes: 20 },
  { name: 'Tokyo ↔ Kolkata (half-hour offset)', now: Date.UTC(2026, 4, 4, 0), myZone: 'Asia/Tokyo', theirZone: 'Asia/Kolkata', minutes: 30 },
  { name: 'São Paulo ↔ Berlin, early bird hours', now: Date.UTC(2026, 5, 1, 12), myZone: 'America/Sao_Paulo', theirZone: 'Europe/Berlin', myHours: { start: 7, end: 12 }, minutes: 25 },
];

describe('suggestSlots across zones', () => {
  it.each(pairs)('$name: 3 slots inside both windows, weekdays, distinct days', (c) => {
    const slots = suggestSlots({ ...c, myHours: c.myHours ?? nine });
    expect(slots).toHaveLength(3);
    expect(new Set(slots.map((s) => dayKey(s, c.myZone))).size).toBe(3);
    for (const s of slots) {
      expect(s).toBeGreaterThanOrEqual(c.now + MIN_LEAD);
      expect(inside(s, c.minutes, c.myZone, c.myHours ?? nine)).toBe(true);
      expect(inside(s, c.minutes, c.theirZone, c.theirHours ?? nine)).toBe(true);
      expect(zonedParts(s, c.myZone).min % 30).toBe(0);
    }
    expect([...slots].sort((a, b) => a - b)).toEqual(slots);
  });

  it('the March gap opens an extra hour: New York 09:00 is 13:00 in London, not 14:00', () => {
    const winter = suggestSlots({ now: Date.UTC(2026, 1, 2, 10), myZone: 'Europe/London', theirZone: 'America/New_York', myHours: nine, minutes: 20 });
    const gap = suggestSlots({ now: Date.UTC(2026, 2, 9, 10), myZone: 'Europe/London', theirZone: 'America/New_York', myHours: nine, minutes: 20 });
    expect(zonedParts(winter[0]!, 'Europe/London').h).toBe(14);
    expect(zonedParts(gap[0]!, 'Europe/London').h).toBe(13);
    expect(zonedParts(gap[0]!, 'America/New_York').h).toBe(9);
  });

  it('Sydney ↔ Berlin: no shared working hour once Sydney changes clocks on 4 October', () => {
    const slots = suggestSlots({
      now: Date.UTC(2026, 8, 27, 22), myZone: 'Australia/Sydney', theirZone: 'Europe/Berlin', myHours: nine, minutes: 20, count: 10,
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(s).toBeLessThan(Date.UTC(2026, 9, 3, 16)); // before Sun 4 Oct 02:00 AEST
    expect(slots.map((s) => zonedParts(s, 'Europe/Berlin').h)).toEqual(slots.map(() => 9));
  });

  it('spreads the time of day: earliest shared slot, then the middle, then the latest', () => {
    // Monday 10:00: Tuesday opens at 10:00 (a full day's notice), Wednesday and Thursday at 09:00.
    const slots = suggestSlots({ now: Date.UTC(2026, 1, 2, 10), myZone: 'Europe/London', theirZone: 'Europe/London', myHours: nine, minutes: 30 });
    expect(slots.map((s) => zonedParts(s, 'Europe/London').h * 60 + zonedParts(s, 'Europe/London').min)).toEqual([10 * 60, 13 * 60 + 30, 17 * 60 + 30]);
  });
});

describe('suggestSlots edges', () => {
  const friday = Date.UTC(2026, 1, 6, 10); // Fri 6 Feb 2026, 10:00 London
  it('unknown or missing zone: only my hours count', () => {
    for (const theirZone of [undefined, null, '', 'Nowhere/Atlantis']) {
      const slots = suggestSlots({ now: friday, myZone: 'Europe/London', theirZone, myHours: { start: 8, end: 11 }, minutes: 20 });
      expect(slots).toHaveLength(3);
      expect(zonedParts(slots[0]!, 'Europe/London')).toMatchObject({ weekday: 1, h: 8, min: 0 });
    }
  });
  it('skips the weekend and keeps a day of notice', () => {
    const slots = suggestSlots({ now: friday, myZone: 'Europe/London', myHours: nine, minutes: 20 });
    expect(slots.map((s) => zonedParts(s, 'Europe/London').weekday)).toEqual([1, 2, 3]);
  });
  it('returns fewer (or none) when the windows never meet', () => {
    expect(suggestSlots({ now: friday, myZone: 'Europe/London', theirZone: 'Pacific/Auckland', myHours: nine, theirHours: nine, minutes: 20 })).toEqual([]);
    // Ten days from Friday 10:00: six weekdays (the last, Monday the 16th, only up to 10:00).
    expect(suggestSlots({ now: friday, myZone: 'Europe/London', myHours: nine, minutes: 20, count: 20, days: 10 })).toHaveLength(6);
  });
  it('honours count and days', () => {
    expect(suggestSlots({ now: friday, myZone: 'Europe/London', myHours: nine, minutes: 20, count: 1 })).toHaveLength(1);
    expect(suggestSlots({ now: friday, myZone: 'Europe/London', myHours: nine, minutes: 20, days: 3 })).toHaveLength(1);
  });
});
