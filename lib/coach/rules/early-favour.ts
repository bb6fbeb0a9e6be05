import { negated, reported, theirSeeking } from '../context';
import { FAVOURS_ASKED, FAVOURS_SOUGHT } from '../phrases';
import { greeting } from '../text';
import type { Rule } from '../types';
import { matches, outermost, read, type Match } from '../words';

/**
 * A first message asks for a conversation, not a job, a referral, an introduction or a favour
 * ("pass my CV on", "keep me in mind", "vouch for me"): those come later, once there is a
 * relationship (ARCHITECTURE.md §4). Not when denied ("I'm not looking for a job") or about theirs
 * ("your referral programme", "when you were looking for a job").
 */
export const earlyFavour: Rule = {
  id: 'early-favour',
  severity: 'suggestion',
  applies: (ctx) => ctx.isFirstMessage && (ctx.kind === 'ask' || ctx.kind === 'check-in'),
  check: (draft) => {
    const doc = read(draft.body);
    // "Dear Hiring Manager," greets someone; it asks for nothing.
    const hello = greeting(draft.body);
    const fine = (m: Match) => !negated(doc, m) && !reported(doc, m) && !(m.start >= hello.start && m.end <= hello.end);
    const found = [...matches(doc, FAVOURS_ASKED).filter(fine), ...matches(doc, FAVOURS_SOUGHT).filter((m) => fine(m) && !theirSeeking(doc, m))];
    return outermost(doc, found.sort((a, b) => a.start - b.start || b.end - a.end)).map((f) => ({
      rule: 'early-favour', severity: 'suggestion' as const,
      message: `"${f.text}" asks for a favour in a first message. Build the relationship first with a short conversation; ask for jobs, referrals or introductions later, once there is trust.`,
      span: { start: f.start, end: f.end },
    }));
  },
};
