import { hash32, type Seed } from './hash';

/**
 * Guarding the opening paragraph against a repeated word ("…and I learned something from it. I'd
 * like to learn from your experience…"): guide 001 asks for a short, specific message (ASK.md §2),
 * and the same word twice in two sentences reads as a template. Only content words count.
 */
const STOP = new Set([
  'about', 'after', 'also', 'because', 'been', 'before', 'being', 'both', 'could', 'does', 'each', 'from', 'have',
  'here', 'into', 'just', 'more', 'most', 'much', 'only', 'other', 'over', 'same', 'some', 'such', 'than', 'that',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'very', 'were', 'what', 'when', 'where',
  'which', 'while', 'will', 'with', 'would', 'your', 'yours', 'mine',
]);

/** "learned", "learning", "learn" → "learn"; "works" → "work"; "described" → "describ". */
function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’].*$/, '');
  for (const end of ['ing', 'ed', 's']) if (w.endsWith(end) && w.length - end.length >= 3) { w = w.slice(0, -end.length); break; }
  return w.replace(/e$/, '');
}

/** The content words of a text as stems; `{var}` slots and `^` markers are not words. */
export function stems(text: string): Set<string> {
  const words = text.replace(/\{\w+\}/g, ' ').match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase())).map(stem));
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * The template that repeats fewest of the words already said, walking the bank from the seed's own
 * pick (or from `start`), so a draft that had no repeat keeps its wording.
 */
export function freshest(bank: readonly string[], said: ReadonlySet<string>, seed: Seed, salt: string, start?: number): string {
  const from = start ?? hash32(`${salt}\u0000${seed}`) % bank.length;
  let best = bank[from] ?? '';
  let fewest = Infinity;
  for (let i = 0; i < bank.length; i++) {
    const t = bank[(from + i) % bank.length] ?? '';
    const n = overlap(stems(t), said);
    if (n < fewest) [best, fewest] = [t, n];
    if (n === 0) break;
  }
  return best;
}
