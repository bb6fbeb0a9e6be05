import { findAll, FLATTERY, STRONG_FLATTERY } from '../phrases';
import type { Rule } from '../types';

/**
 * Heavy flattery (ASK.md §4): two or more flattering words ("incredibly", "amazing" twice…) or one
 * strong one ("huge fan"). Specific, sincere words about their work land better.
 */
export const flattery: Rule = {
  id: 'flattery',
  severity: 'suggestion',
  check: (draft) => {
    const found = findAll(draft.body, FLATTERY);
    const first = found[0];
    if (!first || (found.length < 2 && !STRONG_FLATTERY.test(first.text))) return [];
    const words = [...new Set(found.map((f) => `"${f.text.toLowerCase()}"`))].join(', ');
    return [{
      rule: 'flattery', severity: 'suggestion',
      message: `Heavy praise (${words}) can read as insincere. Say what specifically helped you instead (guide 001, "The Personalized Opening").`,
      span: { start: first.start, end: first.end },
    }];
  },
};
