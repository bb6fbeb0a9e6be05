// Time-zone arithmetic with Intl only, no date library: ARCHITECTURE.md §5 asks for
// invites "with the correct time zone", and both people's zones must survive daylight-saving changes.

import { dateFormat } from '../date-format';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Wall-clock reading of an instant in a zone. `weekday` is 0 for Sunday … 6 for Saturday. */
export interface ZonedParts { y: number; m: number; d: number; h: number; min: number; s: number; weekday: number }
/** A wall-clock time to place in a zone (month 1–12). */
export interface LocalTime { y: number; m: number; d: number; h: number; min: number }

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const formatter = dateFormat('en-US', {
  hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});

/** True for a zone Intl knows (IANA names, "UTC"); false for '' or garbage from an old record. */
export function isValidZone(zone: string | undefined | null): zone is string {
  if (!zone) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Settings store '' for "the browser's zone"; an unknown zone falls back the same way rather than throwing. */
export function resolveZone(zone?: string | null): string {
  return isValidZone(zone) ? zone : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function zonedParts(ms: number, zone: string): ZonedParts {
  const out: ZonedParts = { y: 0, m: 0, d: 0, h: 0, min: 0, s: 0, weekday: 0 };
  for (const p of formatter(zone).formatToParts(ms)) {
    switch (p.type) {
      case 'year': out.y = Number(p.value); break;
      case 'month': out.m = Number(p.value); break;
      case 'day': out.d = Number(p.value); break;
      // Some engines print midnight as "24" even with h23.
      case 'hour': out.h = Number(p.value) % 24; break;
      case 'minute': out.min = Number(p.value); break;
      case 'second': out.s = Number(p.value); break;
      case 'weekday': out.weekday = WEEKDAYS[p.value] ?? 0; break;
    }
  }
  return out;
}

/** The zone's offset from UTC at that instant, in ms (London in summer: +3 600 000). */
export function offsetAt(ms: number, zone: string): number {
  const p = zonedParts(ms, zone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in a zone. Around a clock change it resolves like Temporal's
 * "compatible": a time the spring gap skips moves forward by the gap; a time the autumn repeats takes the earlier.
 */
export function zonedTimeToUtc(t: LocalTime, zone: string, offset: (ms: number) => number = (ms) => offsetAt(ms, zone)): number {
  const local = Date.UTC(t.y, t.m - 1, t.d, t.h, t.min);
  // Offsets a day either side bracket any one clock change, so one of them is the right one.
  const before = offset(local - DAY);
  const after = offset(local + DAY);
  const a = local - before;
  const b = local - after;
  const aOk = offset(a) === before;
  const bOk = offset(b) === after;
  if (aOk && bOk) return Math.min(a, b);
  if (aOk) return a;
  if (bOk) return b;
  return a; // in the gap: the pre-change offset lands after the gap
}

// Offsets are constant for whole days except the rare day of a change, so cache per UTC day:
// quiet-hours checks over thousands of nudges then cost a Map lookup instead of an Intl call each.
const dayOffsets = new Map<string, Map<number, number>>();
export function cachedOffset(zone: string): (ms: number) => number {
  let days = dayOffsets.get(zone);
  if (!days) dayOffsets.set(zone, (days = new Map()));
  const cache = days;
  return (ms) => {
    const day = Math.floor(ms / DAY);
    let o = cache.get(day);
    if (o === undefined) {
      if (cache.size > 4096) cache.clear();
      const first = offsetAt(day * DAY, zone);
      o = first === offsetAt(day * DAY + DAY - 1000, zone) ? first : NaN;
      cache.set(day, o);
    }
    return Number.isNaN(o) ? offsetAt(ms, zone) : o;
  };
}
