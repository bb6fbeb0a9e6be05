/** Text helpers for the coach: every piece keeps its code-unit offsets into the body. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

const BULLET = /^\s*(?:[-–•*]|\d+[.)])\s+/;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

/** Lines with their offsets. */
export function lines(body: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (const text of body.split('\n')) {
    out.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return out;
}

/** Paragraphs: runs of non-blank lines. */
export function paragraphs(body: string): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (const l of lines(body)) {
    if (!l.text.trim()) {
      if (cur) out.push(cur);
      cur = null;
    } else if (cur) {
      cur = { start: cur.start, end: l.end, text: body.slice(cur.start, l.end) };
    } else {
      cur = { ...l };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Sentences of a piece of text: a break after . ! ? or … (and any closing quote) when the next word
 * starts a sentence, and at every line break. "…", and it stayed with me." stays one sentence.
 */
export function sentences(piece: Piece): Piece[] {
  const out: Piece[] = [];
  const push = (a: number, b: number) => {
    const raw = piece.text.slice(a, b);
    const text = raw.trim();
    if (!/\p{L}/u.test(text)) return;
    const start = piece.start + a + (raw.length - raw.trimStart().length);
    out.push({ start, end: start + text.length, text });
  };
  let last = 0;
  for (const m of piece.text.matchAll(/(?<=[.!?…]["”’')]*)\s+(?=[\p{Lu}\p{N}"“‘(])|\n+/gu)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, piece.text.length);
  return out;
}

/** Sentences of the prose (bullet lines excluded), across the whole body. */
export function proseSentences(body: string): Piece[] {
  return lines(body).filter((l) => !isBullet(l.text)).flatMap(sentences);
}

/**
 * The greeting: the first line up to its first comma or sentence end, within 80 code units. The dot
 * of an honorific ("Dear Mr. Weerasekara,") doesn't end it.
 */
export function greeting(body: string): Piece {
  const first = lines(body).find((l) => l.text.trim()) ?? { start: 0, end: 0, text: '' };
  const m = /^(?:\b(?:dr|mr|ms|mrs|mx|prof)\.|[^,.!?:;\n])*[,.!?:;]?/i.exec(first.text);
  const len = Math.min(m?.[0].length ?? 0, 80);
  return { start: first.start, end: first.start + len, text: first.text.slice(0, len) };
}

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The ask: a request for time or a conversation (ARCHITECTURE.md §2). */
const TIME_WORDS = String.raw`(?:chats?|calls?|talks?|meet|meetings?|speak|minutes?|time|conversations?|coffee|connect|hours?|quarter|sometime|slot|mins?)`;
export const ASK_PATTERNS: readonly RegExp[] = [
  /\bwould you (?:also |still |perhaps |possibly |maybe |ever |by any chance )?(?:be )?(?:open|willing|available|up for|have|mind|like|consider|able|free|around|interested|keen|happy)\b/i,
  /\bwould (?:that|this|it|something like (?:this|that)) (?:\w+ ){0,6}?(?:be (?:possible|ok|okay|alright|all right|convenient|fine)|work|suit)\b/i,
  new RegExp(String.raw`\b${TIME_WORDS}\b[^.?!]*\bwould (?:be (?:great|wonderful|amazing|lovely|ideal|helpful|perfect|fantastic|brilliant|plenty|enough|a (?:great |good )?(?:start|help|dream|gift))|help|mean a lot|make my day)\b`, 'i'),
  /\b(?:asking|hoping|ask) (?:you )?for\b[^.?!]*\b(?:\d+|a few|fifteen|twenty|ten) min/i,
  new RegExp(String.raw`\b(?:could|can|may|might) (?:we|i|you)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  /\b(?:are|were) you (?:open|available|free|willing)\b/i,
  /\bopen to (?:a|an|having|meeting|chatting|talking|connecting)\b/i,
  new RegExp(String.raw`\bi(?:['’]d| would) (?:\w+ly |so |very |also |just |still )*(?:be (?:so |very |really |truly )?grateful|love|like|appreciate|value|welcome)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  /\bif you could spare\b/i, /\bdo you have (?:time|a few minutes|\d+ minutes|any time|an hour|half an hour|a moment|\w+ minutes)\b/i,
  /\bwould it be (?:possible|ok|okay|alright|all right|fine)\b/i, /\blet me know if you(?:['’]d| would) be (?:open|up for|willing|available)\b/i,
  // "I was hoping we could talk for 15 minutes", "Any chance you'd have time for a call?",
  // "Would love 15 minutes of your time"
  new RegExp(String.raw`\bhoping (?:we|you|i|to)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`^(?:i\s+)?(?:would|['’]d) (?:\w+ly |so |very |also |just |still )*(?:love|like|appreciate|value|welcome|be (?:\w+ )?grateful)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`\b(?:any|is there a|is there any) chance\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  /\b(?:any|is there a|is there any) chance (?:that )?(?:you|we|i)\b[^.!]*\?/i,
  // Asks built around the time itself or a polite frame (false "no ask" problems before):
  // "Would 20 minutes next week work for you?", "Would a 20-minute call next week be possible?",
  // "Would it be OK to ask…", "Is there a time next week when we could chat…?", "Do you think we
  // could set up a call?", "Please let me know if 20 minutes works.", "I wondered if you might have
  // 15 minutes", "Could I ask you a few questions?" (ARCHITECTURE.md §2).
  new RegExp(String.raw`\bwould\b[^.?!]*\b${TIME_WORDS}\b[^.?!]*\b(?:work|suit|be (?:possible|ok|okay|alright|all right|convenient|fine))\b`, 'i'),
  new RegExp(String.raw`\b(?:we|i) (?:could|can|might)\b[^.?!]*\b${TIME_WORDS}\b[^.!]*\?`, 'i'),
  new RegExp(String.raw`\blet me know if\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`\bwonder(?:ed|ing)? (?:if|whether)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  /\b(?:could|can|may|might) i ask (?:you )?(?:a few|a couple of|some|two|three|\d) (?:quick |short |specific )?questions\b/i,
  // Any question to them or to "we" about time or a conversation ("Would you be up to a call…?",
  // "Are you around for 15 minutes…?"), however the verb is put.
  new RegExp(String.raw`^(?:\w+,\s+)?(?:so\s+)?(?:would|could|can|may|might|will|shall|do|are|is|any)\b[^.!?]*\b(?:you|we|i)\b[^.!?]*\b${TIME_WORDS}\b[^.!]*\?`, 'i'),
  // "If you have 15 minutes next week, I'd love to hear…", "Fancy a 15-minute chat?", "How about a
  // short call on Tuesday?", "It would mean a lot to talk for 20 minutes", "Shall we…?"
  new RegExp(String.raw`\bif you (?:have|had|could spare|can spare|['’]ve got|have got|ever have|find)\b[^.?!]*\b(?:minutes?|time|moment|hour)\b`, 'i'),
  new RegExp(String.raw`\b(?:fancy|how about|what about|shall we|up for)\b[^.!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`\bit would (?:be|mean)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`\b(?:i['’]d|i would|we['’]d) be (?:\w+ )?(?:keen|happy|thrilled|delighted|honou?red|glad)\b[^.?!]*\b${TIME_WORDS}\b`, 'i'),
  new RegExp(String.raw`\b${TIME_WORDS}\b[^.?!]*\b(?:works?|suits?) for you\b`, 'i'),
];

const ASKS = new Map<string, boolean>();
/**
 * A sentence that names a bounded conversation ("A 20-minute call to start?", "…and would love a
 * 15-minute chat") is the ask, however it is phrased around it; a past one ("after our 20-minute
 * call") is not.
 */
const BOUNDED_CHAT = new RegExp(String.raw`^(?!.*\b(?:after|during|since|last|yesterday|earlier|our|spent|took|had)\b).*\b(?:\d{1,3}|a few|fifteen|twenty|ten|half an hour|quarter of an hour)[\s-]*(?:min(?:ute)?s?\b[^.!?]*)?\b(?:chat|call|talk|coffee|conversation|meeting|video call|zoom|catch-up)\b`, 'i');

export function isAsk(sentence: string): boolean {
  let yes = ASKS.get(sentence);
  if (yes === undefined) {
    yes = ASK_PATTERNS.some((p) => p.test(sentence)) || BOUNDED_CHAT.test(sentence);
    if (ASKS.size > 500) ASKS.clear();
    ASKS.set(sentence, yes);
  }
  return yes;
}

/**
 * A bounded amount of time: "20 minutes", "15-20 minute", "half an hour", "an hour". Not a gap
 * between zones ("we're 6 hours apart", "an hour ahead").
 */
const NOT_LENGTH = String.raw`(?!\s+(?:apart|ahead|behind|earlier|later|difference|of (?:time )?difference)\b)`;
export const DURATION = new RegExp(
  String.raw`\b(\d{1,3})(?:\s*(?:[-–]|to)\s*(\d{1,3}))?[\s-]*(?:min(?:ute)?s?)\b|\b(five|ten|fifteen|twenty|twenty-five|thirty|forty-five|sixty)[\s-]*min(?:ute)?s?\b|\bhalf an hour\b${NOT_LENGTH}|\bquarter of an hour\b|\b(?:a few|a couple of|a handful of|several) (?:short |quick )?min(?:ute)?s\b|\b(?:an|one|1)\s*(?:hour|hr)\b${NOT_LENGTH}|\b(\d{1,2})\s*(?:hours?|hrs?)\b${NOT_LENGTH}`,
  'gi',
);

/**
 * Durations that belong to the ask (ARCHITECTURE.md §2): in an ask sentence or the one right after it
 * ("…a short chat? 20 minutes at most."), not "I spent 2 hours trying" elsewhere in the message.
 */
export function askDurations(body: string): (RegExpMatchArray & { index: number })[] {
  const prose = proseSentences(body);
  const near = prose.filter((s, i) => isAsk(s.text) || (i > 0 && isAsk(prose[i - 1]?.text ?? '')));
  return [...body.matchAll(DURATION)]
    .map((m) => Object.assign(m, { index: m.index ?? 0 }))
    .filter((m) => near.some((s) => m.index >= s.start && m.index < s.end));
}

const WORDS: Record<string, number> = { five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, 'forty-five': 45, sixty: 60 };

/** Minutes a duration match asks for (the larger end of a range). */
export function minutesOf(m: RegExpMatchArray): number {
  const t = m[0].toLowerCase();
  if (m[1]) return Math.max(Number(m[1]), Number(m[2] ?? 0));
  if (m[3]) return WORDS[m[3].toLowerCase().replace(/\s/g, '-')] ?? 0;
  if (t.startsWith('half')) return 30;
  if (t.startsWith('quarter')) return 15;
  if (/^(?:a few|a couple|a handful|several)/.test(t)) return 10;
  if (m[4]) return Number(m[4]) * 60;
  return 60;
}
