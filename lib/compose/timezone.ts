import { MULTI_ZONE, PLACES, REGIONS } from './timezone-data';
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

/** LinkedIn's decorations around a place: "Greater London", "San Francisco Bay Area", "Mumbai Metropolitan Region". */
function candidates(part: string): string[] {
  const p = fold(part).replace(/\.$/, '');
  const bare = p
    .replace(/^(greater|metro|the greater)\s+/, '')
    .replace(/\s+(metropolitan area|metropolitan region|metro area|metroplex|bay area|area|region)$/, '')
    .trim();
  const first = bare.split(/\s*[-–/]\s*/)[0] ?? bare;
  return [...new Set([p, bare, first, bare.replace(/\s+city$/, '')])].filter(Boolean);
}

function lookup(part: string | undefined, table: ReadonlyMap<string, string>): string | null {
  if (!part) return null;
  for (const c of candidates(part)) {
    const zone = table.get(c);
    if (zone) return zone;
  }
  return null;
}

/**
 * The IANA zone a LinkedIn location most likely means, or null when it can't be told without
 * guessing: an unknown place, or a multi-zone country (United States, Canada, Australia, Brazil,
 * Russia, Mexico, Indonesia…) with neither a known city nor a single-zone state or province.
 * A city is only trusted when it agrees with the country after it ("London, Ontario, Canada" is not
 * London; "San José, Costa Rica" is not California).
 */
export function likelyTimeZone(location: string | null | undefined): string | null {
  if (!location) return null;
  const parts = location.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const city = lookup(parts[0], PLACE);
  if (parts.length === 1) return city;
  const country = fold(parts[parts.length - 1] ?? '');
  const multi = MULTI_ZONE[country];
  if (multi) {
    if (city && multi.split('|').some((prefix) => city.startsWith(prefix))) return city;
    const regions = REGION.get(country === 'usa' || country === 'united states of america' ? 'united states' : country);
    if (!regions) return null;
    for (const part of parts.slice(0, -1)) {
      const zone = lookup(part, regions);
      if (zone) return zone;
    }
    return null;
  }
  const countryZone = lookup(parts[parts.length - 1], PLACE);
  if (countryZone) return countryZone;
  return city;
}

/** True when Intl knows the zone (settings hold a free string; ASK.md §5 invites use the person's zone). */
export const isTimeZone = isValidZone;

/** Whether the two zones have different UTC offsets at `now`; false when either zone is unknown. */
export function differentZone(myZone: string | null | undefined, theirZone: string | null | undefined, now: number): boolean {
  if (!isTimeZone(myZone) || !isTimeZone(theirZone)) return false;
  return offsetAt(now, myZone) !== offsetAt(now, theirZone);
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
