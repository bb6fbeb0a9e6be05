import { findAll, IDIOMS } from '../phrases';
import type { Rule } from '../types';

/** Idioms and slang may not translate (guide 001, "Navigating Cross-Cultural Mentorship"). */
export const idioms: Rule = {
  id: 'idiom',
  severity: 'suggestion',
  check: (draft) =>
    findAll(draft.body, IDIOMS).map((f) => ({
      rule: 'idiom', severity: 'suggestion' as const,
      message: `"${f.text}" is an idiom that may not translate; say it in plain words (guide 001, "Avoid Assumptions").`,
      span: { start: f.start, end: f.end },
    })),
};
