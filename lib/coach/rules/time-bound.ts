import { askDurations, isAsk, proseSentences } from '../text';
import type { Rule } from '../types';

/**
 * The ask names how long (ARCHITECTURE.md §2: 15 to 20 minutes). Only a duration in the ask or the sentence
 * right after it counts ("a short chat? 20 minutes at most." passes; "We're 6 hours apart… a chat
 * sometime?" does not); the span is the ask that lacks one.
 */
export const timeBound: Rule = {
  id: 'no-time-bound',
  severity: 'problem',
  applies: (ctx) => ctx.kind === 'ask',
  check: (draft) => {
    const ask = proseSentences(draft.body).find((s) => isAsk(s.text));
    if (!ask || askDurations(draft.body).length > 0) return [];
    return [{
      rule: 'no-time-bound', severity: 'problem',
      message: 'The ask has no time limit, which makes it sound open-ended. Name a small amount, such as 15 to 20 minutes.',
      span: { start: ask.start, end: ask.end },
    }];
  },
};
