import { channelLimit, codeUnitOffset, textLength } from '../../channel-limits';
import type { Hint, Rule } from '../types';

const NAMES = { 'connection-note': 'connection note', message: 'message', inmail: 'InMail', email: 'email' } as const;

/** LinkedIn's limits (ARCHITECTURE.md §3), counted in code points like the composer; the span is the overflow. */
export const overLimit: Rule = {
  id: 'over-limit',
  severity: 'problem',
  check: (draft, ctx) => {
    const limit = channelLimit(ctx.channel, ctx.tier);
    const hints: Hint[] = [];
    const n = textLength(draft.body);
    if (n > limit.body) {
      const tierNote = ctx.channel === 'connection-note' ? (ctx.tier === 'free' ? ' on a free account' : ' on Premium') : '';
      hints.push({
        rule: 'over-limit', severity: 'problem',
        message: `This is ${n} characters; a ${NAMES[ctx.channel]} allows ${limit.body}${tierNote}. Shorten it: trim adverbs and compliments first, then the introduction.`,
        span: { start: codeUnitOffset(draft.body, limit.body), end: draft.body.length },
      });
    }
    if (draft.subject && limit.subject !== undefined && textLength(draft.subject) > limit.subject) {
      hints.push({ rule: 'over-limit', severity: 'problem', message: `The subject is ${textLength(draft.subject)} characters; ${NAMES[ctx.channel]} allows ${limit.subject}.` });
    }
    return hints;
  },
};
