import type { Settings } from '../../settings/schema';
import { cachedOffset, resolveZone } from '../../schedule/zone';

/** The user's zone and a cached offset for it, once per settings object: rules run per person, 10,000 times. */
const zones = new WeakMap<Settings, { zone: string; offset: (ms: number) => number }>();
export function zoneOf(s: Settings): { zone: string; offset: (ms: number) => number } {
  let z = zones.get(s);
  if (!z) {
    const zone = resolveZone(s.timeZone);
    zones.set(s, (z = { zone, offset: cachedOffset(zone) }));
  }
  return z;
}

/**
 * Calendar arithmetic in a zone costs Intl calls whenever the offset cache misses, and 1,000 mentorships
 * touch thousands of distinct days (more than that cache keeps). The answers never change for a zone and
 * a date, so they are remembered: the background's repeated runs then cost a Map lookup per person.
 */
const remembered = new Map<string, number>();
export function remember(key: string, compute: () => number): number {
  let v = remembered.get(key);
  if (v === undefined) {
    if (remembered.size > 50_000) remembered.clear();
    remembered.set(key, (v = compute()));
  }
  return v;
}
