import type { Settings } from '../settings/schema';
import { DAY, HOUR, cachedOffset, resolveZone } from '../schedule/zone';

/**
 * Quiet hours in the user's zone (settings.timeZone, '' = the browser's). A nudge whose due moment falls
 * inside them is moved to the end of that quiet period; nothing is dropped. Start inclusive, end exclusive,
 * whole hours; start > end wraps midnight (21–8); start === end means no quiet hours.
 */
export interface Quiet {
  start: number;
  end: number;
  offset: (ms: number) => number;
}

export function quietFor(settings: Settings): Quiet | null {
  const q = settings.quietHours;
  if (!q.enabled || q.start === q.end) return null;
  return { start: q.start, end: q.end, offset: cachedOffset(resolveZone(settings.timeZone)) };
}

// Math.floor rather than %: float modulo is several times slower, and this runs per nudge.
function localHour(q: Quiet, ms: number): number {
  const local = ms + q.offset(ms);
  return Math.floor(local / HOUR) - Math.floor(local / DAY) * 24;
}

export function inQuiet(q: Quiet, ms: number): boolean {
  const h = localHour(q, ms);
  return q.start < q.end ? h >= q.start && h < q.end : h >= q.start || h < q.end;
}

/** The instant of a local wall-clock time (ms since epoch, as if UTC), near `hint`. */
function fromLocal(q: Quiet, local: number, hint: number): number {
  const o = q.offset(hint);
  const t = local - o;
  const o2 = q.offset(t);
  if (o2 === o) return t;
  const t2 = local - o2;
  if (q.offset(t2) === o2) return t2;
  // Neither offset fits: a clock change skipped this wall time, so the boundary is the change itself, the
  // first instant whose clock reads later. Not always the later candidate: Pacific/Chatham jumps from 02:45
  // to 03:45, and 03:00 by the old offset is 04:00 on the new clock, 15 minutes late. Search between them
  // (rare: only on the day of a change, about 22 offset reads).
  let before = Math.min(t, t2);
  let after = Math.max(t, t2);
  const late = q.offset(after);
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (q.offset(mid) === late) after = mid;
    else before = mid;
  }
  return after;
}

function localMidnight(q: Quiet, ms: number): number {
  return Math.floor((ms + q.offset(ms)) / DAY) * DAY;
}

/** When the quiet period holding `ms` ends; `ms` itself when it is not quiet. */
export function quietEnd(q: Quiet, ms: number): number {
  if (!inQuiet(q, ms)) return ms;
  const midnight = localMidnight(q, ms);
  // Evening part of a period that wraps midnight: it ends tomorrow morning.
  const sameDay = q.start < q.end || localHour(q, ms) < q.end;
  return fromLocal(q, midnight + (sameDay ? 0 : DAY) + q.end * HOUR, ms);
}

/** When the quiet period holding `ms` began (only meaningful when inQuiet). */
export function quietStart(q: Quiet, ms: number): number {
  const midnight = localMidnight(q, ms);
  // Morning part of a period that wraps midnight: it began yesterday evening.
  const yesterday = q.start > q.end && localHour(q, ms) < q.end;
  return fromLocal(q, midnight - (yesterday ? DAY : 0) + q.start * HOUR, ms);
}
