import { DURATION, isAsk, proseSentences } from '../text';
import type { Rule } from '../types';

/**
 * The ask names how long (ASK.md §2.4: 15 to 20 minutes). Looks for a duration anywhere in the body,
 * so "a short chat? 20 minutes at most." passes; the span is the ask that lacks one.
 */
export const timeBound: Rule = {
  id: 'no-time-bound',
  severity: 'problem',
  applies: (ctx) => ctx.kind === 'ask',
  check: (draft) => {
    const ask = proseSentences(draft.body).find((s) => isAsk(s.text));
    if (!ask || new RegExp(DURATION.source, 'i').test(draft.body)) return [];
    return [{
      rule: 'no-time-bound', severity: 'problem',
      message: 'The ask has no time limit, which makes it sound open-ended. Name a small amount, such as 15 to 20 minutes (guide 001, "The Specific, Low-Commitment Ask").',
      span: { start: ask.start, end: ask.end },
    }];
  },
};
