import { textLength } from './limits';

/** Lower-case, accent-free form for matching ("Universidad de Punta Mansa" vs "universidad de punta mansa"). */
export function fold(s: string): string {
  // Letters NFD keeps whole: "Wrocław" is Wroclaw, "Tømrer" tomrer (r32, set 17: a page in Wrocław had no zone).
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/[øđ]/g, (c) => (c === 'ø' ? 'o' : 'd')).replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

/** Emoji, their joiners and private-use glyphs (the U+F0D8 bullets in ember-2024-d's About) read badly mid-sentence. */
export function stripEmoji(s: string): string {
  return s.replace(/[\u200d\ufe0f]/g, '').replace(/[\p{Extended_Pictographic}\p{Co}\u{1F3FB}-\u{1F3FF}]/gu, ' ');
}

/** Characters with no width (zero-width space and joiners, word joiner, BOM, soft hyphen): pasted text carries them inside words. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Profile or user text made safe to drop into a sentence: one line, no brackets or braces (they
 * would read as an unfilled placeholder, ARCHITECTURE.md §4), no literal "undefined", no runs of dots, and no
 * leading bullets or trailing punctuation (the template supplies its own).
 */
export function safeInsert(s: string | null | undefined): string {
  if (!s) return '';
  return s
    // Inside a word they are nothing ("Ev\u200Bil" is "Evil", not "Ev il"); other controls are breaks.
    .replace(ZERO_WIDTH, '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[[\]{}<>]/g, ' ')
    .replace(/\bundefined\b/gi, ' ')
    .replace(/\.{2,}/g, '…')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/([,;:])[,;:.]+/g, '$1')
    .replace(/^[^\p{L}\p{N}"'“‘(]+/u, '')
    .replace(/[\s.,;:!?…\-–—|·•/\\(。！？、，；：]+$/u, '')
    .trim();
}

/** Like safeInsert, without emoji: for names of roles, fields and organisations. */
export function plainInsert(s: string | null | undefined): string {
  return safeInsert(stripEmoji(s ?? ''));
}

/** Letters of scripts other than Latin, and runs of them with their brackets and separators. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Bengali}\p{Script=Mongolian}]/u;
const OTHER_RUNS = new RegExp(`[\\s/|,–-]*\\(?[^\\p{Script=Latin}\\d()]*${OTHER_SCRIPT.source}[^\\p{Script=Latin}\\d()]*\\)?`, 'gu');
/**
 * A name or title in Latin letters with a second script beside it ("Offshore Wind Turbine Technician 風機技術員", "Tsuki Coffee
 * Roasters (月珈琲)"): the Latin part, as an English sentence says it (s13, s14 unseen pages). Text in one script stays whole.
 */
export function latinPart(s: string): string {
  if (!OTHER_SCRIPT.test(s) || !/\p{Script=Latin}/u.test(s)) return s;
  return s.replace(OTHER_RUNS, ' ').replace(/\s+/g, ' ').replace(/\s+([,.)])/g, '$1').trim();
}

const DANGLING = /\s+(?:and|or|to|the|of|a|an|for|with|in|on|at|by|from|&|as|my|your|our)$/i;

/** Cut at a word boundary to at most `max` code points; `ellipsis` marks the cut (for quotes). */
export function clipWords(s: string, max: number, ellipsis = false): string {
  if (textLength(s) <= max) return s;
  const room = Math.max(1, ellipsis ? max - 1 : max);
  const cps = [...s].slice(0, room + 1);
  let cut = cps.join('');
  const space = cut.lastIndexOf(' ');
  cut = space > 0 && textLength(cut) > room ? cut.slice(0, space) : [...cut].slice(0, room).join('');
  let prev = '';
  while (prev !== cut) {
    prev = cut;
    cut = cut.replace(DANGLING, '').replace(/[\s.,;:!?…\-–—|·•/&(]+$/u, '');
  }
  if (!cut) cut = [...s].slice(0, room).join('');
  return ellipsis ? `${cut}…` : cut;
}

/** First sentence (or line) of a text, for quoting a post. */
export function firstSentence(s: string): string {
  const line = s.split(/\n/).map((l) => l.trim()).find((l) => /[\p{L}\p{N}]/u.test(l)) ?? '';
  const m = /^(.+?[.!?])(?:\s|$)|^(.+?[。！？])/u.exec(line);
  return m?.[1] ?? m?.[2] ?? line;
}

export function capFirst(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** "a data analyst", "an EIR", "an MSc student", "head of data" (a unique post reads without an article). */
export function withArticle(role: string): string {
  if (!role) return '';
  if (/^(?:a|an|the)\s/i.test(role) || /^(?:head|director|vp|vice|chief|ceo|cto|cfo|coo|cmo|cpo|president|chair|co-?chair|founder|co-?founder|owner|managing|general manager|partner at)\b/i.test(role)) return role;
  return `${aOrAn(role)} ${role}`;
}

/** The article a phrase takes by its first word's sound. */
export function aOrAn(phrase: string): 'a' | 'an' {
  // "UX/UI designer" is said by its first letters: "a UX/UI designer" (r38, set 28: "an UX/UI designer").
  // "FP&A" is letters too: "an FP&A role" (r40).
  const first = ((phrase.trim().split(/\s/)[0] ?? '').split('/')[0] ?? '').replace(/&/g, '');
  // Said letter by letter: "an MSc student", "an SRE", "an SHE officer", "a UX designer" (s19 unseen senders: "a MSc student").
  const acronym = /^\p{Lu}{2,}$/u.test(first) || /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?$/u.test(first);
  // "an étudiante": a vowel with its accent is a vowel (s14 unseen senders).
  // Four capitals or more with a vowel second are said as a word: "a LINC instructor", "a NATO post" (r34, set 22: "an LINC").
  // And a few shorter ones everyone says as words: "a SOC analyst", "a SIEM engineer" (r40, set 34: "an SOC analyst").
  const word = /^\p{Lu}[AEIOU]\p{Lu}{2,}$/u.test(first) || /^(?:SOC|SIEM|SOAR|SaaS|SAFe|SWAT|FAANG|NASA|NATO|MOOC|SIM)$/.test(first);
  const vowel = word ? /^[AEIOU]/.test(first) : acronym ? /^[AEFHILMNORSX]/.test(first) : /^[aeiouàáâäéèêëíìîïóòôöúùûü]/i.test(first) && !/^(?:uni|use|usu|eu|one)/i.test(first);
  return vowel ? 'an' : 'a';
}

/**
 * Last pass over a finished draft, line by line: single spaces, no space before punctuation, no
 * doubled punctuation (the "complete output" rule: no "..", " ,", ",."), no blank runs.
 */
export function tidy(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
      .replace(/[ \t]+/g, ' ')
      .replace(/ +([,.;:!?])/g, '$1')
      .replace(/,+\s*([.!?])/g, '$1')
      .replace(/([,;:])\1+/g, '$1')
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/\?\./g, '?')
      .trim(),
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "learn how to run pricing experiments" → "run pricing experiments": a question is about doing it. */
export function withoutLearning(s: string): string {
  return s.replace(/^(?:learn|understand|figure out|find out)\s+(?:how\s+)?to\s+/i, '');
}

/**
 * The sender's goal said to a stranger, without "my"/"our", which point at nothing there: "make our payment services
 * reliable" → "make payment services reliable"; "land my first job" → "land a first job".
 */
export function withoutMine(s: string): string {
  // "On my own" is no one's thing: it stays ("negotiating with suppliers on my own", never "…on own": s19 unseen senders).
  // "raise my wedding package": "raise a wedding package", never "raise wedding package" (s20); a plural goes bare ("our forecasts").
  // "secure my 6-month clinical placement": "secure a 6-month clinical placement", never "secure 6-month…" (r27, s10 senders).
  // "so more of our coffee makes PSC": "more of the coffee", never "more of coffee" (s13 unseen senders).
  // "my late parents' farmhouse", "my village": their family and home are theirs whatever the room (s16 unseen senders).
  // "the engineering manager role on my team" is the sender's own team, whoever says it (r38, set 28): never "on a team".
  // "publish our tenders and contract awards": "publish tenders and contract awards", never "a tenders" (r41, set 37).
  return s.replace(/\b((?:on|in|within)\s+)(?:our|my)\s+team\b/gi, '$1my\uE000team').replace(/\bof\s+(?:our|my)\s+(?!own\b)/gi, 'of the ').replace(/\b(?:our|my)\s+(?=first\b)/gi, 'a ').replace(/\b(?:our|my)\s+(?=(?:next|last)\b)/gi, 'the ').replace(/\b(?:our|my)\s+(?!own\b)(?=(?:(?!(?:and|or)\s)[\p{Ll}\d-]+\s+){0,2}(?:package|business|team|company|shop|studio|practice|clinic|book|manuscript|memoir|novel|dissertation|portfolio|website|startup|product|service|restaurant|salon|farm|app|podcast|channel|newsletter|brand|career|degree|licence|license|thesis|course|certificate|diploma|apprenticeship|internship|placement|residency|scholarship|contract|promotion|top-up|qualification|certification|MBA|PhD|master's|bachelor's)\b)/giu, (_m, offset: number, whole: string) => `${withArticle(whole.slice(offset).replace(/^\S+\s+/, '')).split(' ')[0]} `).replace(/\b(?:our|my)\s+(?!own\b|(?:late|parents?'?|family|husband|wife|partner|kids|children|village|hometown|mother|father|grandparents?'?)\b)(?!\uE000)/gi, '').replace(/my\uE000team/g, 'my team');
}
