import { isOngoing } from '../linkedin/clean';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Start of an experience's date range as LinkedIn prints it: "Jul 2021 - Present", "2000 - Present". */
export function parseStart(dates: string | null | undefined): { year: number; month: number | null } | null {
  if (!dates) return null;
  const start = dates.split(/\s[-–]\s|\s[-–]|[-–]\s/)[0] ?? '';
  const m = /(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})/.exec(start);
  if (!m) return null;
  const idx = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : -1;
  return { year: Number(m[2]), month: idx >= 0 ? idx : null };
}

/**
 * The role is ongoing ("… - Present"), in the page's language too ("fev. de 2018 - o momento"): "You were a speech therapist
 * too" went to someone who still is one (r31). One rule with the reader's (linkedin/clean.ts).
 */
export { isOngoing };

/** A role counts as a recent change when it started at most this many months before `now` (product default). */
export const RECENT_ROLE_MONTHS = 6;

/** Whether an ongoing role started recently enough to congratulate (ARCHITECTURE.md §2: "a role change"). */
export function startedRecently(dates: string | null | undefined, now: number): boolean {
  const start = parseStart(dates);
  if (!start || start.month === null || !isOngoing(dates)) return false;
  const d = new Date(now);
  const months = (d.getUTCFullYear() - start.year) * 12 + (d.getUTCMonth() - start.month);
  return months >= 0 && months <= RECENT_ROLE_MONTHS;
}

/** End of an experience's date range ("Aug 2020 - Jun 2021" → Jun 2021); null for an ongoing role or none. */
export function parseEnd(dates: string | null | undefined): { year: number; month: number | null } | null {
  if (!dates || isOngoing(dates)) return null;
  const parts = dates.split(/\s[-–]\s|\s[-–]|[-–]\s/);
  return parts.length > 1 ? parseStart(parts[1]) : null;
}

/** Months since year 0, for ordering dates (an unknown month counts as January). */
export function monthIndex(d: { year: number; month: number | null } | null): number | null {
  return d ? d.year * 12 + (d.month ?? 0) : null;
}
