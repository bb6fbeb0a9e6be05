import { composeFollowUp } from '../compose/followups';
import { close } from '../compose/followup/close';
import type { Composed, FollowUpKind, Mentoring } from '../compose/types';
import { activeGoals, dayOf, draftAgenda, goalProgress, type Mentorship } from '../mentorship';
import type { Settings } from '../settings/schema';
import type { Channel, CloseReason, Person } from '../tracker/schema';

export interface DraftContext {
  settings: Settings;
  channel: Channel;
  now: number;
  /** The user's zone (settings.timeZone, or the browser's). */
  myTimeZone: string;
  closeReason?: CloseReason;
  /** What the user did with their advice, typed for the report-back. */
  result?: string;
  /** Their mentorship journal, when there is one: the cadence update carries the next session's agenda. */
  mentorship?: Mentorship | null;
}

/** The next session's agenda as the cadence update reports it: goals' progress, then what to bring up, without their labels. */
export function mentoringOf(m: Mentorship, now: number, zone: string): Mentoring {
  const agenda = draftAgenda(m, dayOf(now, zone));
  // Said as a person tells a mentor, not as a progress bar: "just getting started (2 steps planned)" rather than "0 of 2 steps done".
  const progress = activeGoals(m).map((g) => {
    const { done, total } = goalProgress(m, g.id);
    const where = !total ? 'no steps set yet' : !done ? `just getting started (${total} step${total === 1 ? '' : 's'} planned)` : done === total ? (total === 1 ? 'its one step done' : `all ${total} steps done`) : `${done} of ${total} steps done`;
    return `${g.title}: ${where}`;
  });
  return {
    progress,
    // "Action item: Start a decision log (by 14 Dec) [Lead the Q2 release]" → "Start a decision log (by 14 Dec)".
    topics: agenda.filter((i) => i.kind !== 'goal' && i.kind !== 'update').map((i) => i.text.replace(/^(?:Step|Action item|Question): /, '').replace(/ \[[^\]]*\]$/, '')),
  };
}

/**
 * The ready draft for a follow-up step, by the existing writers (lib/compose/followup): the same
 * text the popup and the person page show. The close is worded for the person's stage.
 */
export function draftFor(kind: FollowUpKind, p: Person, c: DraftContext): Composed {
  const input = {
    profile: p.profile, me: c.settings.me, channel: c.channel, tier: c.settings.tier, now: c.now, myTimeZone: c.myTimeZone,
    minutes: c.settings.defaultMinutes, ...(p.takeaways !== undefined ? { takeaways: p.takeaways } : {}),
    ...(p.chat ? { chat: p.chat } : {}),
    ...(kind === 'report-back' && c.result?.trim() ? { result: c.result } : {}),
    ...(kind === 'cadence' && c.mentorship ? { mentoring: mentoringOf(c.mentorship, c.now, c.myTimeZone) } : {}),
  };
  if (kind === 'close') {
    // Closed already: the stage it closed from decides the wording.
    const stage = p.stage === 'closed' ? p.closedFrom : p.stage;
    return close({ ...input, closeReason: c.closeReason ?? p.closedReason, ...(stage ? { stage } : {}) });
  }
  return composeFollowUp(kind, input);
}
