import { quoted } from '../context';
import { BANDWIDTH, IDIOMS, TECH_WORDS } from '../phrases';
import type { Rule } from '../types';
import { matches, read } from '../words';
import { goldenRuleHits } from './golden-rule';

/**
 * Idioms and slang may not translate, in any
 * form: "touched base", "circling back", "hop on a Zoom". "Bandwidth" counts only as the idiom,
 * not next to networks or memory; a quoted title is theirs. A phrase the golden rule already flags
 * ("pick your brain") gets that one hint, not a second.
 */
export const idioms: Rule = {
  id: 'idiom',
  severity: 'suggestion',
  check: (draft, ctx) => {
    const doc = read(draft.body);
    const golden = goldenRuleHits(draft.body, ctx.kind);
    const bandwidth = matches(doc, [BANDWIDTH]).filter((m) => {
      const from = doc.tokens[Math.max(0, m.first - 8)]!.start;
      const to = doc.tokens[Math.min(doc.tokens.length - 1, m.last + 8)]!.end;
      return !TECH_WORDS.test(doc.text.slice(from, to));
    });
    return [...matches(doc, IDIOMS), ...bandwidth]
      .filter((f) => !quoted(doc, f) && !golden.some((g) => g.start < f.end && f.start < g.end))
      .sort((a, b) => a.start - b.start)
      .map((f) => ({
        rule: 'idiom', severity: 'suggestion' as const,
        message: `"${f.text}" is an idiom that may not translate; say it in plain words.`,
        span: { start: f.start, end: f.end },
      }));
  },
};
