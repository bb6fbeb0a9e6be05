import { stemmer } from 'stemmer';

/**
 * The coach reads words, not characters: every word is folded (case, accents, curly apostrophes)
 * and stemmed (Porter, via `stemmer`), so "becoming my mentor", "touched base" and "circling back"
 * meet the same patterns as "become my mentor", "touch base" and "circle back". Rules write their
 * patterns in plain words; `pattern()` stems those words once, at load, and the match runs over a
 * line of stems. Every match maps back to UTF-16 offsets in the original text for the hint's span.
 */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** Its stem ("mentoring" → "mentor"), or the punctuation mark itself. */
  stem: string;
  /** A clause or sentence boundary: . , ; : ! ? ( ) quotes, dashes, line breaks. */
  punct: boolean;
}

export interface Doc {
  text: string;
  tokens: Token[];
  /** The stems joined by single spaces: what patterns run over. */
  line: string;
  /** Offset in `line` where each token starts. */
  at: number[];
}

const CACHE = new Map<string, string>();

/** Fold and stem one word; apostrophe forms ("i'm", "don't") stay whole. */
export function stem(word: string): string {
  const key = word;
  let s = CACHE.get(key);
  if (s === undefined) {
    const folded = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
    s = /^[a-z]{3,}$/.test(folded) ? stemmer(folded) : folded;
    if (CACHE.size < 5000) CACHE.set(key, s);
  }
  return s;
}

// Words (letters and digits, with inner apostrophes) or one mark that ends a clause. Hyphens,
// slashes and other marks inside a phrase are plain gaps ("check-ins" reads as "check ins").
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\n|[.,;:!?()"“”«»…–—[\]{}<>]|['‘’](?![\p{L}])/gu;

// Rules read the same body on every keystroke: keep the last few docs.
const RECENT: Doc[] = [];

export function read(text: string): Doc {
  const hit = RECENT.find((d) => d.text === text);
  if (hit) return hit;
  const doc = tokenize(text);
  RECENT.unshift(doc);
  RECENT.length = Math.min(RECENT.length, 3);
  return doc;
}

function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const punct = !/[\p{L}\p{N}]/u.test(raw);
    tokens.push({ start: m.index, end: m.index + raw.length, raw, stem: punct ? (raw === '\n' ? '¶' : /['‘’“”«»]/.test(raw) ? '"' : raw) : stem(raw), punct });
  }
  const at: number[] = [];
  let line = '';
  for (const t of tokens) {
    if (line) line += ' ';
    at.push(line.length);
    line += t.stem;
  }
  return { text, tokens, line, at };
}

/** Any one word (no clause mark). */
export const W = String.raw`[^ .,;:!?()"¶…–—\[\]{}<>]+`;
/** Up to n words in between, lazily. */
export const gap = (n: number) => `(?:${W} ){0,${n}}?`;

/**
 * A pattern in plain words, compiled to run over stems: each lower-case word is stemmed ("becoming"
 * → "becom"), regex syntax is left alone, and the whole must start and end on word boundaries.
 * Write words in lower case; `W` and `gap(n)` stand for other words.
 */
const INNER = new WeakMap<RegExp, string>();

export function pattern(source: string): RegExp {
  const stemmed = source.replace(/(?<![\\\p{L}'])[a-z][a-z']*(?![\p{L}{])/gu, (w) => stem(w));
  // Run over " " + line + " ": a leading literal space lets the engine skip quickly between words.
  const re = new RegExp(` (?:${stemmed})(?= )`, 'gu');
  INNER.set(re, stemmed);
  return re;
}

/**
 * One regex for a whole list, so a message is scanned once per list rather than once per pattern
 * (the coach runs on every keystroke). Where two patterns match at one place the first listed wins.
 */
const COMBINED = new WeakMap<readonly RegExp[], RegExp>();
function combined(patterns: readonly RegExp[]): RegExp {
  let re = COMBINED.get(patterns);
  if (!re) {
    const inner = patterns.map((p) => INNER.get(p) ?? p.source);
    re = new RegExp(` (?:${inner.join('|')})(?= )`, 'gu');
    COMBINED.set(patterns, re);
  }
  return re;
}

export interface Match {
  start: number;
  end: number;
  text: string;
  /** Token indexes, first and last (inclusive). */
  first: number;
  last: number;
}

function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.at[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every match of every pattern, as spans of the original text, in text order, without duplicates. */
export function matches(doc: Doc, patterns: readonly RegExp[]): Match[] {
  const out = new Map<string, Match>();
  for (const p of patterns.length > 1 ? [combined(patterns)] : patterns) {
    p.lastIndex = 0;
    for (const m of ` ${doc.line} `.matchAll(p)) {
      if (m[0].length < 2) continue;
      const first = tokenAt(doc, m.index);
      const last = tokenAt(doc, m.index + m[0].length - 2);
      const a = doc.tokens[first]!;
      const b = doc.tokens[last]!;
      out.set(`${first}:${last}`, { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), first, last });
    }
  }
  return [...out.values()].sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Keep the first and longest of overlapping matches, merged into one span. */
export function outermost(doc: Doc, found: Match[]): Match[] {
  const out: Match[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) out[out.length - 1] = { ...prev, end: f.end, last: f.last, text: doc.text.slice(prev.start, f.end) };
      continue;
    }
    out.push(f);
  }
  return out;
}
