import { fold, greeting } from '../text';
import type { Rule } from '../types';

/**
 * Greet the person by name (ASK.md §2, guide 001: "Dear [Name]"). Any part of their first name
 * counts ("Sri" for "Sri Kavitha"), accents and case aside. Skipped when the name is unknown.
 */
export const greetingByName: Rule = {
  id: 'greeting-by-name',
  severity: 'problem',
  applies: (ctx) => !!ctx.firstName?.trim(),
  check: (draft, ctx) => {
    const g = greeting(draft.body);
    const words = fold(g.text).split(/[^\p{L}\p{N}'-]+/u);
    const names = fold(ctx.firstName ?? '').split(/[^\p{L}\p{N}'-]+/u).filter((n) => n.length >= 2);
    if (names.some((n) => words.includes(n))) return [];
    return [{
      rule: 'greeting-by-name', severity: 'problem',
      message: `Start by greeting ${ctx.firstName?.trim()} by name; a personal opening shows you've done your research (guide 001, "Step 3").`,
      ...(g.end > g.start ? { span: { start: g.start, end: g.end } } : {}),
    }];
  },
};
