import { composeFollowUp } from '../compose/followups';
import { close } from '../compose/followup/close';
import type { Composed, FollowUpKind } from '../compose/types';
import type { Mentorship } from '../mentorship';
import { mentoringOf } from './mentoring';
import type { Settings } from '../settings/schema';
import type { Channel, CloseReason, Person } from '../tracker/schema';

export interface DraftContext {
  settings: Settings;
  channel: Channel;
  now: number;
  /** The user's zone (settings.timeZone, or the browser's). */
  myTimeZone: string;
  closeReason?: CloseReason;
  /**
   * What the user typed into the follow-up's own field (components/FollowUpField.tsx): what they did with the
   * advice (the report-back), or one takeaway (a thank-you after a chat marked held without any).
   */
  result?: string;
  /** Their mentorship journal, when there is one: the cadence update carries the next session's agenda. */
  mentorship?: Mentorship | null;
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
    ...(kind === 'thank-you' && c.result?.trim() && !p.takeaways?.trim() ? { takeaways: c.result } : {}),
    ...(kind === 'cadence' && c.mentorship ? { mentoring: mentoringOf(c.mentorship, c.now, c.myTimeZone) } : {}),
  };
  if (kind === 'close') {
    // Closed already: the stage it closed from decides the wording.
    const stage = p.stage === 'closed' ? p.closedFrom : p.stage;
    return close({ ...input, closeReason: c.closeReason ?? p.closedReason, ...(stage ? { stage } : {}) });
  }
  return composeFollowUp(kind, input);
}
