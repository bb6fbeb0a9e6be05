import type { NudgePerson } from '../tracker/summaries';
import type { NudgeKind } from '../tracker/schema';
import type { Settings } from '../settings/schema';
import { DAY } from '../schedule/zone';
import { displayName } from '../tracker/state';

export { DAY, HOUR, MINUTE } from '../schedule/zone';

/** A nudge that is due now: what the dashboard lists and the notification says. */
export interface Nudge {
  personId: string;
  kind: NudgeKind;
  /** When it became due, after snooze and quiet hours (ms). */
  dueAt: number;
  /** A sentence without a final full stop, e.g. "It's been 7 days since your ask". */
  reason: string;
  /** The moment it is about (see RuleResult.about): a dismissal and "already notified" are kept against it. */
  about: number;
}

/** What one rule says about one person, whatever the time now. */
export interface RuleResult {
  kind: NudgeKind;
  dueAt: number;
  /** The reason as of `now` (≥ dueAt): "It's been 10 days since your ask" when it has. */
  reason: (now: number) => string;
  /** From this moment the nudge is moot and never shows (the agenda once the chat has started). */
  expiresAt?: number;
  /**
   * What the nudge is about, when that is not simply the latest step: the held chat for a thank-you,
   * the booked chat for an agenda. A dismissal holds, and a notification is not repeated, until this
   * changes, so booking the next chat or thanking them doesn't bring either back. Default: lastStepAt.
   */
  about?: number;
}

export type { NudgePerson };

/** One ARCHITECTURE.md §5 row: when its nudge is or will be due for this person, or null if the row does not apply. */
export type Rule = (person: NudgePerson, settings: Settings) => RuleResult | null;

/** The name a nudge speaks of: "Check in with Marisol?" — the tracker's own rule (first name, name, slug). */
export function firstName(person: NudgePerson): string {
  return displayName(person);
}

/** "7 days", "2 weeks", "8 weeks": how ARCHITECTURE.md §5 states the timings. */
export function span(days: number): string {
  const n = Math.max(1, Math.round(days));
  if (n >= 14 && n % 7 === 0) return `${n / 7} weeks`;
  return n === 1 ? '1 day' : `${n} days`;
}

/** The time since `from` as of `now`, in whole days, never less than the rule's own wait. */
export function elapsed(from: number, now: number, atLeastDays: number): string {
  return span(Math.max(atLeastDays, Math.floor((now - from) / DAY)));
}

/** "24 hours", "1 hour", "under an hour". */
export function hours(ms: number): string {
  const n = Math.round(ms / 3_600_000);
  if (n < 1) return 'under an hour';
  return n === 1 ? '1 hour' : `${n} hours`;
}

/**
 * "3 hours", "2 days", "5 weeks", "3 months": honest about how long ago something was, so a
 * chat held months ago never reads "within 24 hours".
 */
export function ago(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  if (h < 1) return 'under an hour';
  if (h < 48) return h === 1 ? '1 hour' : `${h} hours`;
  const d = Math.floor(ms / DAY);
  if (d < 14) return `${d} days`;
  if (d < 60) return `${Math.floor(d / 7)} weeks`;
  const m = Math.round(d / 30.44);
  return m < 24 ? `${m} months` : `${Math.floor(d / 365.25)} years`;
}

/** A reply at or after the ask: the person answered it. */
export function repliedSince(person: NudgePerson, at: number): boolean {
  return person.repliedAt !== undefined && person.repliedAt >= at;
}
