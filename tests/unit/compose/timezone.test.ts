import { describe, expect, it } from 'vitest';
import { differentZone, isTimeZone, likelyTimeZone, localTimeIn } from '../../../lib/compose';
import { MULTI_ZONE } from '../../../lib/compose/timezone-countries';
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
    ['Toronto, Ontario, Canada', 'America/Toronto'],
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
    // states read from the right: the District, not the state of Washington
    ['Washington, District of Columbia, United States', 'America/New_York'],
    ['Seattle, Washington', 'America/Los_Angeles'],
    // a city counts only when its zone belongs to the stated country (or state)
    ['Cordoba, Veracruz, Mexico', 'America/Mexico_City'],
    ['Santiago, Nuevo León, Mexico', 'America/Monterrey'],
    ['Lima, Ohio', 'America/New_York'],
    ['Halifax, Virginia', 'America/New_York'],
    ['Halifax, Nova Scotia, Canada', 'America/Halifax'],
    ['Cambridge, Massachusetts, United States', 'America/New_York'],
    ['Córdoba, Argentina', 'America/Argentina/Buenos_Aires'],
    ['Lima, Peru', 'America/Lima'],
    ['Vancouver, British Columbia, Canada', 'America/Vancouver'],
    ['München, Bayern, Deutschland', 'Europe/Berlin'],
  ])('%s → %s', (location, zone) => {
    expect(likelyTimeZone(location)).toBe(zone);
  });

  it.each([
    // multi-zone countries without a city or single-zone region: never guess
    'United States', 'Canada', 'Australia', 'Brazil', 'Russia', 'Mexico', 'Indonesia',
    'Texas, United States', 'Somewhere, Florida, United States',
    // names that mean different places
    'Paris, Texas, United States', 'Portland', 'Victoria', 'Georgia', 'Washington',
    'Panama City, Florida', 'Panama City, Florida, United States', 'Santiago, Mexico', 'Cordoba, Mexico',
    // a country we don't know: no claim, whatever the city
    'Lima, Atlantis', 'Tbilisi, Georgia',
    // nothing to go on
    '', 'Remote', 'Earth', 'Planet Mars, Solar System',
  ])('%j → null', (location) => {
    expect(likelyTimeZone(location)).toBeNull();
  });

  it('handles missing values', () => {
    expect(likelyTimeZone(null)).toBeNull();
    expect(likelyTimeZone(undefined)).toBeNull();
  });

  it("lists each region's zone among its country's own zones", () => {
    for (const [country, groups] of Object.entries(REGIONS)) {
      for (const zone of Object.keys(groups)) expect(MULTI_ZONE[country]?.split('|'), `${country} ${zone}`).toContain(zone);
    }
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
    ['Europe/London', 'Europe/Lisbon', false, summer],
    ['Asia/Kolkata', 'Asia/Colombo', false, winter],
    ['Europe/Stockholm', 'Asia/Kolkata', true, winter],
    // under two hours apart is not worth a line (Stockholm–Helsinki 1 h, Kolkata–Kathmandu 15 min)
    ['Europe/Stockholm', 'Europe/Helsinki', false, winter],
    ['Europe/Stockholm', 'Europe/London', false, winter],
    ['America/New_York', 'America/Chicago', false, summer],
    ['Asia/Kolkata', 'Asia/Kathmandu', false, winter],
    ['America/New_York', 'America/Denver', true, summer],
    ['Europe/London', 'Europe/Athens', true, summer],
    ['Europe/Stockholm', 'Not/AZone', false, winter],
    ['', 'Europe/Berlin', false, winter],
  ])('%s vs %s → %s', (a, b, expected, now) => {
    expect(differentZone(a, b, now)).toBe(expected);
  });
  it('follows daylight saving: Reykjavik and Helsinki are 2 h apart in winter, 3 h in summer; Reykjavik and Berlin 1 h, then 2 h', () => {
    expect(differentZone('Atlantic/Reykjavik', 'Europe/Helsinki', winter)).toBe(true);
    expect(differentZone('Atlantic/Reykjavik', 'Europe/Berlin', winter)).toBe(false);
    expect(differentZone('Atlantic/Reykjavik', 'Europe/Berlin', summer)).toBe(true);
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
