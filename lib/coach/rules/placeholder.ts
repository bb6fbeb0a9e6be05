import { findAll, PLACEHOLDERS } from '../phrases';
import type { Rule } from '../types';

/** An unfilled template slot ([Name], {{company}}, <company>) or a leaked "undefined" (ARCHITECTURE.md §4). */
export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'problem',
  check: (draft) => {
    const message = (t: string) => `"${t}" looks like a placeholder that was never filled in; a generic message is ignored, so replace it with the real detail.`;
    return [
      ...findAll(draft.subject ?? '', PLACEHOLDERS).map((f) => ({ rule: 'placeholder', severity: 'problem' as const, message: `In the subject: ${message(f.text)}` })),
      ...findAll(draft.body, PLACEHOLDERS).map((f) => ({ rule: 'placeholder', severity: 'problem' as const, message: message(f.text), span: { start: f.start, end: f.end } })),
    ];
  },
};
