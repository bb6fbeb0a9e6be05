import { negated, quoted } from '../context';
import { FLATTERY, STRONG_FLATTERY } from '../phrases';
import type { Rule } from '../types';
import { matches, read } from '../words';

/**
 * Heavy flattery (ARCHITECTURE.md §4): two or more flattering words ("incredibly", "amazing" twice…) or one
 * strong one ("huge fan", "trailblazer", "insane"). Specific, sincere words about their work land better.
 */
export const flattery: Rule = {
  id: 'flattery',
  severity: 'suggestion',
  check: (draft) => {
    const doc = read(draft.body);
    const found = matches(doc, FLATTERY).filter((m) => !quoted(doc, m) && !negated(doc, m));
    const strong = matches(doc, STRONG_FLATTERY).filter((m) => found.some((f) => f.start <= m.start && m.end <= f.end));
    const first = found[0];
    if (!first || (found.length < 2 && strong.length === 0)) return [];
    const words = [...new Set(found.map((f) => `"${f.text.toLowerCase()}"`))].join(', ');
    return [{
      rule: 'flattery', severity: 'suggestion',
      message: `Heavy praise (${words}) can read as insincere. Say what specifically helped you instead.`,
      span: { start: first.start, end: first.end },
    }];
  },
};
