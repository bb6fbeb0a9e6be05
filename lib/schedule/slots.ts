import { DAY, HOUR, MINUTE, isValidZone, resolveZone, zonedParts, zonedTimeToUtc } from './zone';

export interface Hours { start: number; end: number }

export interface SlotRequest {
  now: number;
  myZone: string;
  /** Their IANA zone when known; unknown or invalid means only the user's hours are checked. */
  theirZone?: string | null;
  myHours: Hours;
  theirHours?: Hours;
  minutes: number;
  count?: number;
  days?: number;
}

/** Offer times no sooner than this, so the other person has a day to answer. */
export const MIN_LEAD = 24 * HOUR;
const STEP = 30 * MINUTE;
const DEFAULT_THEIR_HOURS: Hours = { start: 9, end: 18 };

/** Weekday and inside the hours, for the whole chat, in one zone. */
function fits(ms: number, minutes: number, zone: string, hours: Hours): boolean {
  const p = zonedParts(ms, zone);
  if (p.weekday === 0 || p.weekday === 6) return false;
  const startMin = p.h * 60 + p.min;
  return startMin >= hours.start * 60 && startMin + minutes <= hours.end * 60;
}

/**
 * Start instants (ms) for a chat: weekdays, inside both people's working hours, on the user's :00/:30,
 * at least MIN_LEAD ahead, one per day. The times move through the day (earliest shared slot, middle,
 * latest) so the other person gets real choices.
 */
export function suggestSlots(req: SlotRequest): number[] {
  const { now, minutes, count = 3, days = 10 } = req;
  const mine = resolveZone(req.myZone);
  const theirs = isValidZone(req.theirZone) ? req.theirZone : null;
  const theirHours = req.theirHours ?? DEFAULT_THEIR_HOURS;
  const earliest = now + MIN_LEAD;
  const horizon = now + days * DAY;
  const today = zonedParts(now, mine);
  const out: number[] = [];
  for (let i = 0; i <= days && out.length < count; i++) {
    // Calendar days in the user's zone; Date.UTC normalises the day overflow at month ends.
    const date = new Date(Date.UTC(today.y, today.m - 1, today.d + i));
    const y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, d = date.getUTCDate();
    const options: number[] = [];
    for (let t = req.myHours.start * 60; t + minutes <= req.myHours.end * 60; t += STEP / MINUTE) {
      const at = zonedTimeToUtc({ y, m, d, h: Math.floor(t / 60), min: t % 60 }, mine);
      if (at < earliest || at > horizon) continue;
      if (!fits(at, minutes, mine, req.myHours)) continue; // also drops a time a clock change skipped
      if (theirs && !fits(at, minutes, theirs, theirHours)) continue;
      options.push(at);
    }
    if (options.length === 0) continue;
    const position = (out.length % 3) / 2; // 0, ½, 1: earliest, middle, latest
    out.push(options[Math.round(position * (options.length - 1))] as number);
  }
  return out;
}
