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
