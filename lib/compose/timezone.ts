import { COUNTRY_ALIASES, MULTI_ZONE, SPLIT_REGIONS } from './timezone-countries';
import { PLACES, REGIONS } from './timezone-data';
import { isValidZone, offsetAt, zonedParts } from '../schedule/zone';
import { fold } from './text';

/** place → zone, built once from the grouped table. */
function invert(groups: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [zone, names] of Object.entries(groups)) for (const n of names.split('|')) out.set(n, zone);
  return out;
}
const PLACE = invert(PLACES);
const REGION = new Map(Object.entries(REGIONS).map(([country, groups]) => [country, invert(groups)]));
const ZONES_OF = new Map(Object.entries(MULTI_ZONE).map(([country, zones]) => [country, new Set(zones.split('|'))]));
/** A state or province named last ("Lima, Ohio") → its country. Georgia is a country too, so it says nothing. */
const COUNTRY_OF_REGION = new Map<string, string>();
for (const [country, groups] of [...Object.entries(REGIONS).map(([c, g]) => [c, Object.values(g).join('|')] as const), ...Object.entries(SPLIT_REGIONS)]) {
  for (const name of groups.split('|')) if (name !== 'georgia') COUNTRY_OF_REGION.set(name, country);
}

/** LinkedIn's decorations around a place: "Greater London", "San Francisco Bay Area", "Mumbai Metropolitan Region". */
export function placeNames(part: string): string[] {
  const p = fold(part).replace(/\.$/, '');
  const bare = p
    .replace(/^(greater|metro|the greater)\s+/, '')
    .replace(/\s+(metropolitan area|metropolitan region|metro area|metroplex|bay area|area|region)$/, '')
    .trim();
  const first = bare.split(/\s*[-–/]\s*/)[0] ?? bare;
  return [...new Set([p, bare, first, bare.replace(/\s+city$/, '')])].filter(Boolean);
}

function lookup(part: string | undefined, table: ReadonlyMap<string, string> | undefined): string | null {
  if (!part || !table) return null;
  for (const c of placeNames(part)) {
    const zone = table.get(c);
    if (zone) return zone;
  }
  return null;
}

/** The multi-zone country a location's last part names, directly or through one of its states. */
function multiZoneCountry(last: string): string | null {
  const f = fold(last).replace(/\.$/, '');
  const country = COUNTRY_ALIASES[f] ?? f;
  return ZONES_OF.has(country) ? country : COUNTRY_OF_REGION.get(f) ?? null;
}

/**
 * The IANA zone a LinkedIn location most likely means, or null when it can't be told without
 * guessing (ARCHITECTURE.md §2: acknowledge a time difference, never guess wildly): an unknown place or
 * country, or a multi-zone country (United States, Canada, Mexico…) with neither a city of its own
 * nor a single-zone state or province. A city only counts when its zone belongs to the country
 * ("London, Ontario, Canada" is not London; "Lima, Ohio" is not Peru). States are read from the
 * right, so "Washington, District of Columbia" is the District, not the state of Washington.
 */
export function likelyTimeZone(location: string | null | undefined): string | null {
  if (!location) return null;
  const parts = location.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const city = lookup(parts[0], PLACE);
  if (parts.length === 1) return city;
  const last = parts[parts.length - 1] ?? '';
  const country = multiZoneCountry(last);
  if (!country) return lookup(last, PLACE);
  if (city && ZONES_OF.get(country)?.has(city)) return city;
  for (const part of [...parts].reverse()) {
    const zone = lookup(part, REGION.get(country));
    if (zone) return zone;
  }
  return null;
}

/** Whether `city` (the user's, from settings) is the place a profile's location starts with; "York" is not "New York". */
export function sameCity(city: string, location: string | null | undefined): boolean {
  const mine = placeNames(city.split(',')[0] ?? '');
  const theirs = placeNames(location?.split(',')[0] ?? '');
  return mine.some((m) => m.length >= 2 && theirs.includes(m));
}

/** True when Intl knows the zone (settings hold a free string; ARCHITECTURE.md §5 invites use the person's zone). */
export const isTimeZone = isValidZone;

/** Below this gap, "another time zone" helps nobody: Stockholm and Helsinki (1 h), Kolkata and Kathmandu (15 min). */
export const MIN_GAP_HOURS = 2;

/**
 * Whether the two zones are far enough apart at `now` to mention it: at least MIN_GAP_HOURS between their UTC offsets. False when either zone is unknown.
 * The composer's time-zone line and the popup's note both ask this one function.
 */
export function differentZone(myZone: string | null | undefined, theirZone: string | null | undefined, now: number): boolean {
  if (!isTimeZone(myZone) || !isTimeZone(theirZone)) return false;
  return Math.abs(offsetAt(now, myZone) - offsetAt(now, theirZone)) >= MIN_GAP_HOURS * 3_600_000;
}

/** Wall-clock time in `zone` at `now`, 24-hour "09:14". Throws RangeError for an unknown zone. */
export function localTimeIn(zone: string, now: number): string {
  const p = zonedParts(now, zone);
  return `${String(p.h).padStart(2, '0')}:${String(p.min).padStart(2, '0')}`;
}

/** "Europe/Stockholm" → "Stockholm", for "15:00 Stockholm time". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
