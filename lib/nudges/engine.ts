import type { Settings } from '../settings/schema';
import { RULES } from './rules';
import { inQuiet, quietEnd, quietFor, quietStart } from './quiet';
import type { Nudge, NudgePerson } from './types';

const NO_MEMORY: NonNullable<NudgePerson['nudges']> = { snoozed: {}, dismissed: {} };

export interface NudgePlan {
  /** At most one per person: the most relevant due one (RULES order), oldest dueAt first. */
  due: Nudge[];
  /** The earliest moment after `now` at which the due list changes: a nudge becomes due (snooze expiries
   *  included) or a shown one expires; null if none will. */
  nextDueAt: number | null;
}

/**
 * Applies the ARCHITECTURE.md §5 rules to everyone (whole Persons, or the stored NudgePerson rows that
 * loadNudgePeople reads). Per nudge kind, in person.nudges:
 * - snoozed[kind] = until (ms): the nudge waits until then, then comes back;
 * - dismissed[kind] = person.lastStepAt at dismissal: gone until a later step changes lastStepAt.
 * Closed people never nudge (ARCHITECTURE.md §5: "the user closes it, and it stops nudging").
 *
 * Hot path for 10 000 people: no Intl unless quiet hours are on, and then only per due nudge through a
 * per-day offset cache. With `now` outside quiet hours a nudge is due iff its moment has passed (any quiet
 * period it fell in is over); inside them, iff its moment came before this quiet period began.
 */
export function planNudges(people: readonly NudgePerson[], now: number, settings: Settings): NudgePlan {
  const plan = scan(people, now, settings, true);
  plan.due.sort((a, b) => a.dueAt - b.dueAt);
  return plan;
}

/** One pass over everyone; `collect` false skips building the due list (nextDueAt alone). */
function scan(people: readonly NudgePerson[], now: number, settings: Settings, collect: boolean): NudgePlan {
  const quiet = quietFor(settings);
  const quietNow = quiet !== null && inQuiet(quiet, now);
  const heldFrom = quiet && quietNow ? quietStart(quiet, now) : Infinity;
  const heldUntil = quiet && quietNow ? quietEnd(quiet, now) : Infinity;
  const due: Nudge[] = [];
  let nextRaw = Infinity; // earliest future moment before quiet hours; they never reorder moments
  let next = Infinity; // already adjusted
  for (const person of people) {
    if (person.stage === 'closed') continue;
    // Older or imported records may lack the memory; treat that as nothing snoozed or dismissed.
    const { snoozed, dismissed } = person.nudges ?? NO_MEMORY;
    let shown: Nudge | null = null;
    let found = false; // a due nudge is shown for this person (tracked even when not collecting)
    for (const rule of RULES) {
      const r = rule(person, settings);
      if (r === null) continue;
      const about = r.about ?? person.lastStepAt;
      if (dismissed[r.kind] === about) continue;
      if (r.expiresAt !== undefined && r.expiresAt <= now) continue;
      const until = snoozed[r.kind];
      const at = until !== undefined && until > r.dueAt ? until : r.dueAt;
      if (at <= now && at < heldFrom) {
        // The shown nudge leaves the list when it expires (ARCHITECTURE.md §5 "chat scheduled": the agenda once
        // the chat starts), so wake then too, or the badge and notification outlive it.
        if (!found && r.expiresAt !== undefined) next = Math.min(next, r.expiresAt);
        found = true;
        if (collect) shown ??= { personId: person.id, kind: r.kind, dueAt: quiet ? quietEnd(quiet, at) : at, reason: r.reason(now), about };
      } else if (at <= now) {
        // Came due during the current quiet period: it shows when the period ends, if still useful.
        if (r.expiresAt === undefined || heldUntil < r.expiresAt) next = Math.min(next, heldUntil);
      } else if (r.expiresAt !== undefined) {
        const adjusted = quiet ? quietEnd(quiet, at) : at;
        if (adjusted < r.expiresAt) next = Math.min(next, adjusted);
      } else if (at < nextRaw) {
        nextRaw = at;
      }
    }
    if (shown) due.push(shown);
  }
  if (nextRaw !== Infinity) next = Math.min(next, quiet ? quietEnd(quiet, nextRaw) : nextRaw);
  return { due, nextDueAt: next === Infinity ? null : next };
}

/** The nudges due at `now`, one per person at most. */
export function dueNudges(people: readonly NudgePerson[], now: number, settings: Settings): Nudge[] {
  return planNudges(people, now, settings).due;
}

/** When to look again: the earliest future moment the due list changes, never in the past; null if it never will. */
export function nextDueAt(people: readonly NudgePerson[], now: number, settings: Settings): number | null {
  return scan(people, now, settings, false).nextDueAt;
}
