import type { Doc, Match } from './words';

/**
 * The sense around a match: whether the words are denied ("I'm not asking you to mentor me"),
 * reported ("your post on how to find a mentor", a quoted title), or about the other person's own
 * path ("when you were looking for a job"). Each looks only within the match's clause or sentence.
 */
const SENTENCE_END = new Set(['.', '!', '?', '¶', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', '(', ')', '–', '—', 'but', 'though', 'although', 'howev', 'so', 'and', 'just', 'instead', 'rather']);
const NEGATION = new Set(['not', 'no', 'never', 'nor', 'without', 'neither', 'hardli', 'cannot', 'noth']);

const stems = (doc: Doc, from: number, to: number) => doc.tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.stem);

/** Tokens before the match, back to the start of its clause (at most `n`). */
export function clauseBefore(doc: Doc, m: Match, n = 8): string[] {
  const out: string[] = [];
  for (let i = m.first - 1; i >= 0 && out.length < n; i--) {
    const s = doc.tokens[i]!.stem;
    if (CLAUSE_END.has(s) || s === '"') break;
    out.unshift(s);
  }
  return out;
}

/** The sentence holding the match, as stems. */
export function sentenceOf(doc: Doc, m: Match): { before: string[]; after: string[] } {
  let a = m.first;
  while (a > 0 && !SENTENCE_END.has(doc.tokens[a - 1]!.stem)) a--;
  let b = m.last + 1;
  while (b < doc.tokens.length && !SENTENCE_END.has(doc.tokens[b]!.stem)) b++;
  return { before: stems(doc, a, m.first), after: stems(doc, m.last + 1, b) };
}

const isNegation = (s: string) => NEGATION.has(s) || s.endsWith("n't");

/** "I'm not asking you to mentor me", "I don't need a referral", "…isn't what I'm after". */
export function negated(doc: Doc, m: Match): boolean {
  const before = clauseBefore(doc, m, 7);
  if (before.some(isNegation)) return true;
  if (before.join(' ').match(/\b(?:instead of|rather than|far from|the last thing)\b/)) return true;
  const after = stems(doc, m.last + 1, m.last + 4);
  return after.slice(0, 3).some(isNegation) && after.some((s) => ['what', 'whi', 'my', 'the', 'someth', 'what\'s'].includes(s));
}

/** Inside quotation marks within its paragraph: a title or someone else's words. */
export function quoted(doc: Doc, m: Match): boolean {
  let n = 0;
  for (let i = m.first - 1; i >= 0; i--) {
    const s = doc.tokens[i]!.stem;
    if (s === '¶') break;
    if (s === '"') n++;
  }
  return n % 2 === 1;
}

const WORK = '(?:post|articl|talk|book|piec|podcast|episod|thread|video|newslett|keynot|essay|blog|panel|webinar|interview|lectur|paper|comment|advic|tip|tips|guid|write up|session|workshop|cours|seri|research|studi|report|slide|deck|present)';
const REPORTED = new RegExp(
  String.raw`(?:^|\s)(?:(?:your|their|his|her|the|that|thi) ${WORK}s?|you (?:wrote|write|said|say|mention|argu|describ|explain|talk|spoke|share|post|discuss|note|point|suggest)|(?:wrote|written|write|post|talk|spoke|speak|blog|read) (?:about|on)|titl|how (?:do |did |would |can |to |you |peopl |someon |junior |newcom |other )|when you|what you|whi you|as you)(?:\s|$)`,
);

/** About their work or their path, not a request: "your post on mentoring new managers", "how did you find a mentor?". */
export function reported(doc: Doc, m: Match): boolean {
  if (quoted(doc, m)) return true;
  return REPORTED.test(clauseBefore(doc, m, 10).join(' '));
}

/** The other person is the one seeking: "when you were looking for a mentor". */
export function theirSeeking(doc: Doc, m: Match): boolean {
  const b = clauseBefore(doc, m, 3);
  return /(?:^|\s)(?:you|you'r|you'v|you'd|you were|did you|have you|do you)(?: (?:were|are|been|alreadi|first|still|also|ever))?$/.test(b.join(' ')) && !/thank you$/.test(b.join(' '));
}

const REQUEST = /(?:^|\s)(?:would|could|can|may|might|shall|will|love|like|hope|hopeful|want|wonder|open|will|possibl|ask|appreci|grate|keen|interest|consid|set|schedul|pleas|let|let'|let's|if|perhap|mayb|happi|eager|excit|honour|honor|thrill|delight|dream|wish|forward|i'd|we'd|you'd|i'll|we'll|you'll|up|fanci|how about|what about|avail|free|seek|look|need|hope|benefit)(?:\s|$)/;

/** The sentence asks or wishes for something (so a recurring word in it is part of the ask). */
export function requested(doc: Doc, m: Match): boolean {
  const { before, after } = sentenceOf(doc, m);
  return REQUEST.test(` ${before.join(' ')} `) || (after.includes('?') && REQUEST.test(` ${after.join(' ')} `));
}

/** "your monthly newsletter", "their weekly calls": someone's own thing, not contact with the writer. */
export function possessed(doc: Doc, m: Match): boolean {
  const b = clauseBefore(doc, m, 2);
  const last = b[b.length - 1] ?? '';
  return ['your', 'their', 'his', 'her', "team's", "compani's"].includes(last);
}
