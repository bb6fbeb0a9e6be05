/**
 * The phrase lists behind the coach (ASK.md §4), in one place so the composer can vet profile text
 * it quotes against the same lists. All patterns are global and case-insensitive unless noted, and
 * accept straight or curly apostrophes.
 */

const A = "['’]";

/**
 * Golden rule (guide 001, "Step 3"): never ask for a large, undefined commitment. Each pattern is
 * about *them* taking on the writer ("be my mentor", "would you be a mentor to me", "be your
 * mentee", "guide me through my career"), so a writer's own plan ("I hope to become a mentor for
 * junior engineers one day") is not flagged.
 */
export const GOLDEN_RULE: readonly RegExp[] = [
  /\b(?:be|become|act as|being|serve as) my (?:long-term |personal |career )?(?:mentor|guide|coach|sponsor)\b/gi,
  new RegExp(`\\byou(?:${A}d| would| will| could| can| might)?\\s+(?:\\w+\\s+)?(?:be|become|being|act as|serve as) an? (?:[\\w-]+\\s+)?mentor\\b`, 'gi'),
  /\b(?:be|become|act as|being) an? (?:[\w-]+\s+)?mentor (?:to|for) (?:me|us)\b/gi,
  /\bmentor(?:ing)? me\b/gi,
  /\bpick(?:ing)? (?:your|ur|his|her|their) brains?\b/gi,
  /\btake me under (?:your|ur) wing\b/gi,
  /\b(?:looking for|need|seeking|searching for|in search of) (?:an? |some )?(?:[\w-]+ )?mentor(?:ship)?\b/gi,
  // "Find" only with the writer as its subject ("I'm trying to find a mentor", "help me find…"):
  // "How did you find a mentor early on?" asks about their path, a fine question (ASK.md §2).
  new RegExp(`\\b(?:I|I${A}(?:m|d|ve|ll)|me|we|we${A}(?:re|d|ve))(?:\\s+(?!(?:you|your|how|whether|what|why|when|if)\\b)[\\w${A.slice(1, -1)}]+){0,5}?\\s+(?:find|finding) (?:an? |some )?(?:[\\w-]+ )?mentor(?:ship)?\\b`, 'gi'),
  /\bmentorship (?:with|from) you\b/gi,
  /\b(?:be|become|being) (?:your|a) (?:mentee|prot[eé]g[eé]e?|apprentice)\b/gi,
  /\b(?:love|like|want|need|seeking|looking for|hope for|ask for|appreciate) (?:your |some )?ongoing (?:guidance|mentorship|mentoring|support|advice|coaching)\b/gi,
  /\b(?:have|set up|schedule|start) regular (?:calls|meetings|sessions|chats|check-ins)\b/gi,
  /\b(?:guide|coach|help|walk) me (?:through|throughout|along|on|in) (?:my|the rest of my|my whole|my entire) (?:[\w-]+ )?(?:career|journey|path|life)\b/gi,
];

/** Idioms and slang that may not translate (guide 001, "Navigating Cross-Cultural Mentorship"). */
export const IDIOMS: readonly RegExp[] = [
  /\btouch(?:ing)? base\b/gi, /\bcircl(?:e|ing) back\b/gi, /\bpick (?:your|ur) brains?\b/gi,
  /\bping (?:me|you)\b/gi, /\b(?:hop|jump) on a (?:quick )?call\b/gi, /\bloop (?:me|you) in\b/gi,
  /\bin the loop\b/gi, /\blow[- ]hanging fruit\b/gi, /\bballpark\b/gi, /\bon (?:my|your) radar\b/gi,
  /\bbandwidth\b/gi, /\bmove the needle\b/gi, /\bshoot (?:me|you) (?:a|an) (?:message|email|note|line)\b/gi,
  /\bdrop (?:me|you) a line\b/gi, /\bin a nutshell\b/gi, /\bat the end of the day\b/gi,
  /\b(?:think|thinking) outside the box\b/gi, /\bhit the ground running\b/gi, /\bpiece of cake\b/gi,
  /\bno[- ]brainer\b/gi, /\btake (?:it|this) offline\b/gi, /\bget the ball rolling\b/gi,
  /\bon the same page\b/gi, /\bgrab (?:a )?(?:quick )?coffee\b/gi, /\bpicking (?:your|ur) brains?\b/gi,
  new RegExp(`\\bwhat${A}s the (?:deal|scoop)\\b`, 'gi'), /\bcatch up over\b/gi,
];

/** Flattery (ASK.md §4): heavy when two or more of these appear, or one of the STRONG ones. */
export const FLATTERY: readonly RegExp[] = [
  /\bincredibl[ey]\b/gi, /\bamazing(?:ly)?\b/gi, /\b(?:huge|big|biggest) fan\b/gi, /\bawesome\b/gi,
  /\bbrilliant\b/gi, /\bgenius\b/gi, /\blegend(?:ary)?\b/gi, /\brock ?star\b/gi, /\bidol\b/gi,
  /\bmy hero\b/gi, /\bphenomenal\b/gi, /\bextraordinary\b/gi, /\boutstanding\b/gi, /\bso inspiring\b/gi,
  /\binspirational\b/gi, /\bblown away\b/gi, /\bin awe\b/gi, /\bmind[- ]?blowing\b/gi, /\bworld[- ]class\b/gi,
  /\bvisionary\b/gi, /\bthe best (?:in|of) (?:the|your) (?:industry|field|business)\b/gi,
];
export const STRONG_FLATTERY = /\b(?:huge|big|biggest) fan\b|\bidol\b|\bgenius\b|\blegend\b|\bmy hero\b/i;

/** Favours to save for later (ASK.md §4): a job, a referral, an introduction. */
export const FAVOURS: readonly RegExp[] = [
  /\brefer(?:ring)? me\b/gi, /\b(?:a|any|the) referral\b/gi, /\breferrals?\b(?= (?:for|to|at))/gi,
  /\b(?:any|open|available) (?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|internships?)\b/gi,
  /\b(?:looking for|seeking|interested in|applying for|apply for) (?:a |an |the )?(?:new )?(?:job|role|position|internship|opening)\b/gi,
  /\b(?:are you|is your team|is your company|you guys) hiring\b/gi, /\bhire me\b/gi, /\bjob opportunit(?:y|ies)\b/gi,
  /\bintroduce me\b/gi, /\b(?:make|give|get|offer|ask for|request|for) (?:me )?an? (?:introduction|intro) to\b/gi,
  /\bput in a (?:good )?word\b/gi, /\bconnect me (?:with|to)\b/gi, /\brecommend me\b/gi,
];

/** Unfilled placeholders and leaked programming values (ASK.md §4). */
export const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{1,60}\]/g, /\{\{[^}\n]{0,60}\}\}/g, /\{[A-Za-z_][\w .'-]{0,40}\}/g, /<[A-Za-z_][\w .'-]{0,40}>/g,
  /\bundefined\b/gi, /\bNaN\b/g, /\bnull\b(?!\s+\p{L})/giu, /\b(?:TODO|TBD|FIXME|XXX)\b/g, /_{3,}/g,
  /\b(?:insert|add) (?:your |their |the )?(?:name|company|title|topic)(?: here)?\b/gi,
];

export interface Found {
  start: number;
  end: number;
  text: string;
}

/** Every match of every pattern, as code-unit spans, in text order and without duplicates. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

export function findAll(text: string, patterns: readonly RegExp[]): Found[] {
  const out = new Map<string, Found>();
  for (const p of patterns) {
    let re = GLOBAL.get(p);
    if (!re) GLOBAL.set(p, (re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)));
    for (const m of text.matchAll(re)) {
      const start = m.index;
      out.set(`${start}:${m[0].length}`, { start, end: start + m[0].length, text: m[0] });
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when quoting `text` would trip a coach problem (the composer's vetting of profile text). */
export function unsafeToQuote(text: string): boolean {
  return findAll(text, GOLDEN_RULE).length > 0 || findAll(text, PLACEHOLDERS).length > 0;
}
