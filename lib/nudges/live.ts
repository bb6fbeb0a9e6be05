import type { NudgePerson } from '../tracker/rows';
import { thankYouOwed } from '../tracker/state';

const pending = (doneAt: number | undefined, since: number) => doneAt === undefined || doneAt < since;

/**
 * Whether some rule could give this person a nudge under any settings: each line is the part
 * of a rule's condition that settings and the clock don't change (rules/*.ts). The tracker
 * stores the rules' view only of these people (lib/tracker/packs.ts), so the background reads
 * the few who can nudge, not everyone. It may say yes too often, never too rarely: the nudge
 * tests check that every rule returns null for whom it says no. When it changes, bump
 * PACKS_VERSION in lib/tracker/packs.ts so stored packs are rebuilt.
 */
export function mayNudge(p: NudgePerson): boolean {
  switch (p.stage) {
    case 'invited': // send-ask
      return p.acceptedAt !== undefined && pending(p.sentAt, p.acceptedAt);
    case 'sent': // check-in, close-out
      return p.sentAt !== undefined && pending(p.repliedAt, p.sentAt);
    case 'scheduled': // agenda, chat-happened, and the thank-you for a chat held before this one was booked
      return (p.chat !== undefined && (pending(p.agendaSentAt, p.heldAt ?? 0) || pending(p.heldAt, p.chat.at))) || thankYouOwed(p);
    case 'held': // thank-you, report-back
      return thankYouOwed(p) || (p.thankYouAt !== undefined && pending(p.reportBackAt, p.thankYouAt));
    case 'mentoring': // thank-you, cadence
      return thankYouOwed(p) || p.mentorship !== undefined;
    default: // drafted, replied and closed people have no rule
      return false;
  }
}

