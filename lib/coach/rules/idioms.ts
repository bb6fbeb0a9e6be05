import { findAll, GOLDEN_RULE, IDIOMS } from '../phrases';
import type { Rule } from '../types';

/**
 * Idioms and slang may not translate (guide 001, "Navigating Cross-Cultural Mentorship"). A phrase
 * the golden rule already flags ("pick your brain") gets that one hint, not a second.
 */
export const idioms: Rule = {
  id: 'idiom',
  severity: 'suggestion',
  check: (draft) => {
    const golden = findAll(draft.body, GOLDEN_RULE);
    return findAll(draft.body, IDIOMS)
      .filter((f) => !golden.some((g) => g.start < f.end && f.start < g.end))
      .map((f) => ({
        rule: 'idiom', severity: 'suggestion' as const,
        message: `"${f.text}" is an idiom that may not translate; say it in plain words (guide 001, "Avoid Assumptions").`,
        span: { start: f.start, end: f.end },
      }));
  },
};
