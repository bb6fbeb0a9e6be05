import { FAVOURS, findAll } from '../phrases';
import type { Rule } from '../types';

/** A first message asks for a conversation, not a job, a referral or an introduction (ASK.md §4). */
export const earlyFavour: Rule = {
  id: 'early-favour',
  severity: 'suggestion',
  applies: (ctx) => ctx.isFirstMessage && (ctx.kind === 'ask' || ctx.kind === 'check-in'),
  check: (draft) =>
    findAll(draft.body, FAVOURS).map((f) => ({
      rule: 'early-favour', severity: 'suggestion' as const,
      message: `"${f.text}" asks for a favour in a first message. Save jobs, referrals and introductions for later, once there is trust; start a conversation first (guide 001, "The Golden Rule").`,
      span: { start: f.start, end: f.end },
    })),
};
