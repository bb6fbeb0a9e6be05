import { findAll, GOLDEN_RULE } from '../phrases';
import type { Rule } from '../types';

/**
 * Guide 001's golden rule (ASK.md §2): never "will you be my mentor?", nor "mentor me", "pick your
 * brain", "be my guide": they imply a large, undefined commitment. Applies to every kind of draft.
 */
export const goldenRule: Rule = {
  id: 'golden-rule',
  severity: 'problem',
  check: (draft) => {
    const message = (text: string) =>
      `"${text}" asks for a large, undefined commitment, which can be intimidating. Ask for a short conversation about a specific topic instead (the golden rule, guide 001).`;
    const inSubject = findAll(draft.subject ?? '', GOLDEN_RULE).map((f) => ({ rule: 'golden-rule', severity: 'problem' as const, message: `In the subject: ${message(f.text)}` }));
    const inBody = findAll(draft.body, GOLDEN_RULE).map((f) => ({ rule: 'golden-rule', severity: 'problem' as const, message: message(f.text), span: { start: f.start, end: f.end } }));
    return [...inSubject, ...inBody];
  },
};
