import { describe, expect, it } from 'vitest';
import { differentZone, isTimeZone, likelyTimeZone, localTimeIn } from '../../../lib/compose';
import { PLACES, REGIONS } from '../../../lib/compose/timezone-data';

describe('likelyTimeZone', () => {
  it.each([
    // LinkedIn's own forms, including every fixture location
    ['New York City Metropolitan Area', 'America/New_York'],
    ['Greater London', 'Europe/London'],
    ['London Area, United Kingdom', 'Europe/London'],
    ['San Francisco Bay Area', 'America/Los_Angeles'],
    ['Bengaluru, Karnataka, India', 'Asia/Kolkata'],
    ['Noida, Uttar Pradesh, India', 'Asia/Kolkata'],
    ['Singapore', 'Asia/Singapore'],
    ['Sweden', 'Europe/Stockholm'],
    ['Greater Stockholm Metropolitan Area', 'Europe/Stockholm'],
    ['Stockholm, Stockholm County, Sweden', 'Europe/Stockholm'],
    ['Seattle, Washington, United States', 'America/Los_Angeles'],
    ['Washington DC-Baltimore Area', 'America/New_York'],
    ['Dallas-Fort Worth Metroplex', 'America/Chicago'],
    ['Greater Paris Metropolitan Region', 'Europe/Paris'],
    ['Île-de-France, France', 'Europe/Paris'],
    ['München, Bayern, Deutschland', 'Europe/Berlin'],
    ['Mumbai Metropolitan Region', 'Asia/Kolkata'],
    ['Metro Manila', 'Asia/Manila'],
    ['Greater Sydney Area', 'Australia/Sydney'],
    ['Toronto, Ontario, Canada', 'America/New_York'],
    ['Austin, Texas, United States', 'America/Chicago'],
    ['Denver, Colorado, United States', 'America/Denver'],
    ['Some Town, California, United States', 'America/Los_Angeles'],
    ['Ballarat, Victoria, Australia', 'Australia/Melbourne'],
    ['Accra, Greater Accra Region, Ghana', 'Africa/Accra'],
    ['Madrid, Community of Madrid, Spain', 'Europe/Madrid'],
    ['Mexico City, Mexico', 'America/Mexico_City'],
    ['São Paulo, São Paulo, Brazil', 'America/Sao_Paulo'],
    ['Jakarta, Indonesia', 'Asia/Jakarta'],
    ['Tel Aviv-Yafo, Tel Aviv District, Israel', 'Asia/Jerusalem'],
    ['Dubai, United Arab Emirates', 'Asia/Dubai'],
    ['Tokyo, Japan', 'Asia/Tokyo'],
    ['Oslo, Norway', 'Europe/Oslo'],
    // the province settles it, not the famous city of the same name
    ['London, Ontario, Canada', 'America/Toronto'],
    ['San José, San José, Costa Rica', 'America/Costa_Rica'],
  ])('%s → %s', (location, zone) => {
    expect(likelyTimeZone(location)).toBe(zone);
  });

  it.each([
    // multi-zone countries without a city or single-zone region: never guess
    'United States', 'Canada', 'Australia', 'Brazil', 'Russia', 'Mexico', 'Indonesia',
    'Texas, United States', 'Somewhere, Florida, United States',
    // names that mean different places
    'Paris, Texas, United States', 'Portland', 'Victoria', 'Georgia', 'Washington',
    // nothing to go on
    '', 'Remote', 'Earth', 'Planet Mars, Solar System',
  ])('%j → null', (location) => {
    expect(likelyTimeZone(location)).toBeNull();
  });

  it('handles missing values', () => {
    expect(likelyTimeZone(null)).toBeNull();
    expect(likelyTimeZone(undefined)).toBeNull();
  });

  it('maps only to zones Intl knows', () => {
    const zones = [...Object.keys(PLACES), ...Object.values(REGIONS).flatMap((r) => Object.keys(r))];
    for (const z of zones) expect(isTimeZone(z), z).toBe(true);
  });
});

describe('differentZone and localTimeIn', () => {
  const winter = Date.UTC(2026, 0, 15, 12, 0);
  const summer = Date.UTC(2026, 6, 15, 12, 0);
  it.each([
    ['Europe/Stockholm', 'Europe/Berlin', false, winter],
    ['Europe/Stockholm', 'Europe/London', true, winter],
    ['Europe/London', 'Europe/Lisbon', false, summer],
    ['America/New_York', 'America/Chicago', true, summer],
    ['Asia/Kolkata', 'Asia/Colombo', false, winter],
    ['Europe/Stockholm', 'Asia/Kolkata', true, winter],
    ['Europe/Stockholm', 'Not/AZone', false, winter],
    ['', 'Europe/Berlin', false, winter],
  ])('%s vs %s → %s', (a, b, expected, now) => {
    expect(differentZone(a, b, now)).toBe(expected);
  });
  it('follows daylight saving: London and Reykjavik match in winter, differ in summer', () => {
    expect(differentZone('Europe/London', 'Atlantic/Reykjavik', winter)).toBe(false);
    expect(differentZone('Europe/London', 'Atlantic/Reykjavik', summer)).toBe(true);
  });
  it.each([
    ['UTC', Date.UTC(2026, 2, 10, 9, 14), '09:14'],
    ['Asia/Kolkata', Date.UTC(2026, 2, 10, 9, 14), '14:44'],
    ['America/New_York', Date.UTC(2026, 0, 1, 4, 5), '23:05'],
    ['Europe/Stockholm', Date.UTC(2026, 6, 1, 22, 0), '00:00'],
  ])('localTimeIn(%s) is %s', (zone, now, hhmm) => {
    expect(localTimeIn(zone, now)).toBe(hhmm);
  });
  it('throws for an unknown zone', () => {
    expect(() => localTimeIn('Not/AZone', 0)).toThrow(RangeError);
  });
});
