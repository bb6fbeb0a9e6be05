import { DAY, offsetAt, resolveZone, zonedParts, zonedTimeToUtc } from '../schedule/zone';

/** Calendar days in the user's zone (`offset`: a cached offset for the zone, lib/schedule cachedOffset, in hot loops): a step "due 15 Jan" is due on that day wherever the clocks change. */
const pad = (n: number) => String(n).padStart(2, '0');

/** The day an instant falls on in a zone, "2027-01-15". */
export function dayOf(ms: number, zone?: string): string {
  const p = zonedParts(ms, resolveZone(zone));
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The instant a day begins in a zone (local midnight; a skipped midnight resolves forward). */
export function dayStart(day: string, zone?: string, offset?: (ms: number) => number): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc({ y, m, d, h: 0, min: 0 }, resolveZone(zone), offset);
}

/** "2027-01-15" plus n days, by the calendar. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The same wall-clock time n calendar days later in a zone: a review every 90 days started at
 * 10:00 comes at 10:00, across a daylight-saving change too (then 89 days and 23 or 25 hours pass).
 */
export function addLocalDays(ms: number, n: number, zone?: string, offset?: (ms: number) => number): number {
  const z = resolveZone(zone);
  const local = ms + (offset ?? ((t: number) => offsetAt(t, z)))(ms);
  const p = new Date(local + n * DAY);
  const wall = { y: p.getUTCFullYear(), m: p.getUTCMonth() + 1, d: p.getUTCDate(), h: p.getUTCHours(), min: p.getUTCMinutes() };
  return zonedTimeToUtc(wall, z, offset) + (local % 60_000);
}

// Fixed names, not Intl: a due list of 1,000 mentorships builds a reason each, and a formatter per call costs ~10 µs.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Jan" (and the year when it is not this one), for agenda lines and lists. */
export function shortDay(day: string, today?: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return today && today.slice(0, 4) === day.slice(0, 4) ? `${d} ${MONTHS[m - 1]}` : `${d} ${MONTHS[m - 1]} ${y}`;
}
