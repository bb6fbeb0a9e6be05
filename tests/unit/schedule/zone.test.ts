// Zone helpers on Intl alone, checked at the 2026 clock changes: US 8 Mar, UK/EU 29 Mar and 25 Oct,
// Sydney 4 Oct (forward), US 1 Nov (back).
import { describe, expect, it } from 'vitest';
import { formatInZone, isValidZone, offsetAt, resolveZone, zonedParts, zonedTimeToUtc } from '../../../lib/schedule';

const H = 3_600_000;

describe('zonedParts / offsetAt', () => {
  it.each([
    ['Europe/London', Date.UTC(2026, 2, 28, 12), 0, { d: 28, h: 12, weekday: 6 }],
    ['Europe/London', Date.UTC(2026, 2, 30, 12), 1, { d: 30, h: 13, weekday: 1 }],
    ['America/New_York', Date.UTC(2026, 2, 9, 12), -4, { d: 9, h: 8, weekday: 1 }],
    ['Australia/Sydney', Date.UTC(2026, 9, 3, 12), 10, { d: 3, h: 22, weekday: 6 }],
    ['Australia/Sydney', Date.UTC(2026, 9, 5, 12), 11, { d: 5, h: 23, weekday: 1 }],
    ['Asia/Kathmandu', Date.UTC(2026, 0, 5, 0), 5.75, { d: 5, h: 5, min: 45 }],
  ])('%s at %d: offset %dh', (zone, ms, hours, parts) => {
    expect(offsetAt(ms, zone)).toBe(hours * H);
    expect(zonedParts(ms, zone)).toMatchObject(parts);
  });
  it('reads midnight as hour 0', () => {
    expect(zonedParts(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toMatchObject({ y: 2026, m: 1, d: 1, h: 0, min: 0 });
  });
});

describe('zonedTimeToUtc', () => {
  it('places an ordinary time', () => {
    expect(zonedTimeToUtc({ y: 2026, m: 3, d: 30, h: 10, min: 0 }, 'Europe/London')).toBe(Date.UTC(2026, 2, 30, 9, 0));
    expect(zonedTimeToUtc({ y: 2026, m: 10, d: 5, h: 9, min: 30 }, 'Australia/Sydney')).toBe(Date.UTC(2026, 9, 4, 22, 30));
  });
  it('moves a time skipped by the spring change forward by the gap', () => {
    expect(zonedTimeToUtc({ y: 2026, m: 3, d: 8, h: 2, min: 30 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30)); // 03:30 EDT
    expect(zonedTimeToUtc({ y: 2026, m: 3, d: 29, h: 1, min: 30 }, 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 30)); // 02:30 BST
  });
  it('takes the earlier of a time the autumn change repeats', () => {
    expect(zonedTimeToUtc({ y: 2026, m: 11, d: 1, h: 1, min: 30 }, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30)); // EDT
    expect(zonedTimeToUtc({ y: 2026, m: 10, d: 25, h: 1, min: 30 }, 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30)); // BST
  });
  it('round-trips every half hour through a year in several zones', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata']) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * H + 1_800_000) {
        const p = zonedParts(ms, zone);
        const back = zonedTimeToUtc(p, zone);
        // Only the repeated autumn hour may map to its earlier twin.
        if (back !== ms) expect(ms - back).toBe(H);
      }
    }
  });
});

describe('zone names', () => {
  it('knows IANA zones and refuses garbage without throwing', () => {
    expect(isValidZone('Europe/Berlin')).toBe(true);
    expect(isValidZone('')).toBe(false);
    expect(isValidZone('Not/AZone')).toBe(false);
    expect(resolveZone('Not/AZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('formatInZone', () => {
  const at = Date.UTC(2026, 2, 3, 9, 30);
  it('reads "Tue 3 Mar, 09:30 (Europe/London)" and shows the other side', () => {
    expect(formatInZone(at, 'Europe/London')).toBe('Tue 3 Mar, 09:30 (Europe/London)');
    expect(formatInZone(at, 'America/New_York')).toBe('Tue 3 Mar, 04:30 (America/New_York)');
    expect(formatInZone(at, 'Australia/Sydney')).toBe('Tue 3 Mar, 20:30 (Australia/Sydney)');
  });
  it('localises names but keeps the shape', () => {
    expect(formatInZone(at, 'Europe/Berlin', 'de-DE')).toMatch(/^Di\.? 3\.? März, 10:30 \(Europe\/Berlin\)$/);
  });
});
