import { negated, possessed, reported, requested, theirSeeking } from '../context';
import { GOLDEN_ASKED, GOLDEN_SOUGHT, RECURRING } from '../phrases';
import type { Kind, Rule } from '../types';
import { matches, outermost, read, type Match } from '../words';

/** Recurring contact is part of an ongoing mentorship's own messages, not a problem there. */
const ASKING: readonly Kind[] = ['ask', 'check-in', 'thank-you', 'report-back'];

/**
 * The golden rule: never "will you be my mentor?", nor anything that implies
 * a large, undefined commitment, however it is worded: "becoming my mentor", "take me under your
 * wing", "a mentorship with me", "be my sounding board over the next year", "regular monthly calls".
 * Not when denied ("I'm not asking you to mentor me"), reported ("your post on how to find a
 * mentor") or about their own path ("when you were looking for a mentor").
 */
let last: { text: string; kind: Kind; hits: Match[] } | null = null;

export function goldenRuleHits(text: string, kind: Kind = 'ask'): Match[] {
  if (last?.text === text && last.kind === kind) return last.hits;
  const hits = find(text, kind);
  last = { text, kind, hits };
  return hits;
}

function find(text: string, kind: Kind): Match[] {
  const doc = read(text);
  const fine = (m: Match) => !negated(doc, m) && !reported(doc, m);
  const asked = matches(doc, GOLDEN_ASKED).filter(fine);
  const sought = matches(doc, GOLDEN_SOUGHT).filter((m) => fine(m) && !theirSeeking(doc, m));
  const recurring = ASKING.includes(kind)
    ? matches(doc, RECURRING).filter((m) => fine(m) && requested(doc, m) && !possessed(doc, m))
    : [];
  return outermost(doc, [...asked, ...sought, ...recurring].sort((a, b) => a.start - b.start || b.end - a.end));
}

const message = (text: string) =>
  `"${text}" asks for a large, open-ended commitment, which can be intimidating. Ask for one short conversation about a specific topic instead, and let any mentorship grow from there (the golden rule).`;

export const goldenRule: Rule = {
  id: 'golden-rule',
  severity: 'problem',
  check: (draft, ctx) => [
    ...goldenRuleHits(draft.subject ?? '', ctx.kind).map((f) => ({ rule: 'golden-rule', severity: 'problem' as const, message: `In the subject: ${message(f.text)}` })),
    ...goldenRuleHits(draft.body, ctx.kind).map((f) => ({ rule: 'golden-rule', severity: 'problem' as const, message: message(f.text), span: { start: f.start, end: f.end } })),
  ],
};
