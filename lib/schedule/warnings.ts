import type { Hours } from './slots';
import { MINUTE, zonedParts } from './zone';

/** Their working hours when nobody knows them: a common office day. */
export const THEIR_HOURS: Hours = { start: 9, end: 18 };
/** Night, for either person: nobody should be asked to chat then. */
const NIGHT = { from: 22, to: 7 };

export interface TimeCheck {
  at: number;
  minutes: number;
  myZone: string;
  myHours: Hours;
  /** Null when their zone is unknown: then only the user's side can be checked. */
  theirZone: string | null;
  theirHours?: Hours;
  /** How to name them: "Marisol". */
  who: string;
}

const hm = (h: number, min: number) => h + min / 60;
function side(ms: number, minutes: number, zone: string) {
  const a = zonedParts(ms, zone);
  const b = zonedParts(ms + minutes * MINUTE, zone);
  return { start: hm(a.h, a.min), end: hm(b.h, b.min) + (b.d !== a.d ? 24 : 0), weekend: a.weekday === 0 || a.weekday === 6, h: a.h, min: a.min };
}
const clock = (h: number, min: number) => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;

/**
 * Warnings before booking a chat: at night or outside working hours
 * for either person, in their own zone. Empty when the time suits both.
 */
export function timeWarnings(c: TimeCheck): string[] {
  const out: string[] = [];
  const check = (zone: string, hours: Hours, name: string, you: boolean) => {
    const s = side(c.at, c.minutes, zone);
    const at = clock(s.h, s.min);
    const night = s.start >= NIGHT.from || s.start < NIGHT.to || s.end > NIGHT.from;
    if (night) out.push(you ? `That's ${at} at night for you.` : `That's ${at} at night for ${name} (${zone}).`);
    else if (s.weekend) out.push(you ? `That's on your weekend.` : `That's on ${name}'s weekend (${zone}).`);
    else if (s.start < hours.start || s.end > hours.end) {
      out.push(you ? `That's ${at}, outside your working hours (${hours.start}–${hours.end}).` : `That's ${at} for ${name} (${zone}), outside usual working hours.`);
    }
  };
  check(c.myZone, c.myHours, 'you', true);
  if (c.theirZone) check(c.theirZone, c.theirHours ?? THEIR_HOURS, c.who, false);
  return out;
}
