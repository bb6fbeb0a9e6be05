import { askDurations, minutesOf } from '../text';
import type { Rule } from '../types';

/**
 * More than 25 minutes stops being a small ask (ARCHITECTURE.md §4; guide 001 asks for 15 to 20). Only the
 * time asked for counts: "I spent 2 hours trying" elsewhere in the message is no ask.
 */
export const minutesAsked: Rule = {
  id: 'too-many-minutes',
  severity: 'suggestion',
  applies: (ctx) => ctx.kind === 'ask' || ctx.kind === 'check-in',
  check: (draft) => {
    const long = askDurations(draft.body).find((m) => minutesOf(m) > 25);
    if (!long) return [];
    return [{
      rule: 'too-many-minutes', severity: 'suggestion',
      message: `"${long[0]}" is a big ask from someone busy. Ask for 15 to 20 minutes; they may offer more if the conversation flows.`,
      span: { start: long.index, end: long.index + long[0].length },
    }];
  },
};
