/**
 * What the composer must never put into a draft from profile or user text: the golden rule (ARCHITECTURE.md §2),
 * a placeholder (§4) or a favour (§4). A small copy of the coach's lists, kept here because the composer
 * does not import the coach (the coach reads drafts; the composer writes them). The coach's own tests
 * still run on every composed draft, so the two can't drift apart unnoticed.
 */
const A = "['’]";

const GOLDEN_RULE: readonly RegExp[] = [
  /\b(?:be|become|act as|being|serve as) my (?:long-term |personal |career )?(?:mentor|guide|coach|sponsor)\b/i,
  new RegExp(`\\byou(?:${A}d| would| will| could| can| might)?\\s+(?:\\w+\\s+)?(?:be|become|being|act as|serve as) an? (?:[\\w-]+\\s+)?mentor\\b`, 'i'),
  /\b(?:be|become|act as|being) an? (?:[\w-]+\s+)?mentor (?:to|for) (?:me|us)\b/i,
  /\bmentor(?:ing)? me\b/i,
  /\bpick(?:ing)? (?:your|ur|his|her|their) brains?\b/i,
  /\btake me under (?:your|ur) wing\b/i,
  /\b(?:looking for|need|seeking|searching for|in search of) (?:an? |some )?(?:[\w-]+ )?mentor(?:ship)?\b/i,
  new RegExp(`\\b(?:I|I${A}(?:m|d|ve|ll)|me|we)(?:\\s+(?!(?:you|your|how|whether|what|why|when|if)\\b)[\\w'’]+){0,5}?\\s+(?:find|finding) (?:an? |some )?(?:[\\w-]+ )?mentor(?:ship)?\\b`, 'i'),
  /\bmentorship (?:with|from) you\b/i,
  /\b(?:be|become|being) (?:your|a) (?:mentee|prot[eé]g[eé]e?|apprentice)\b/i,
  /\bongoing (?:guidance|mentorship|mentoring|support|advice|coaching)\b/i,
  /\b(?:have|set up|schedule|start) regular (?:calls|meetings|sessions|chats|check-ins)\b/i,
  /\b(?:guide|coach|help|walk) me (?:through|throughout|along|on|in) (?:my|the rest of my|my whole|my entire) (?:[\w-]+ )?(?:career|journey|path|life)\b/i,
];

const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{1,60}\]/, /\{\{[^}\n]{0,60}\}\}/, /\{[A-Za-z_][\w .'-]{0,40}\}/, /<[A-Za-z_][\w .'-]{0,40}>/,
  /\bundefined\b/i, /\bNaN\b/, /\bnull\b(?!\s+\p{L})/iu, /\b(?:TODO|TBD|FIXME|XXX)\b/, /_{3,}/,
  /\b(?:insert|add) (?:your |their |the )?(?:name|company|title|topic)(?: here)?\b/i,
];

const FAVOURS: readonly RegExp[] = [
  /\brefer(?:ring)? me\b/i, /\b(?:a|any|the) referral\b/i, /\breferrals?\b(?= (?:for|to|at))/i,
  /\b(?:any|open|available) (?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|internships?)\b/i,
  /\b(?:looking for|seeking|interested in|applying for|apply for) (?:a |an |the )?(?:new )?(?:job|role|position|internship|opening)\b/i,
  /\b(?:are you|is your team|is your company|you guys) hiring\b/i, /\bhire me\b/i, /\bjob opportunit(?:y|ies)\b/i,
  /\bintroduce me\b/i, /\b(?:make|give|get|offer|ask for|request|for) (?:me )?an? (?:introduction|intro) to\b/i,
  /\bput in a (?:good )?word\b/i, /\bconnect me (?:with|to)\b/i, /\brecommend me\b/i,
];

const any = (text: string, patterns: readonly RegExp[]) => patterns.some((p) => p.test(text));

/** Quoting `text` would trip a coach problem: the golden rule or a placeholder. */
export function unsafeToQuote(text: string): boolean {
  return any(text, GOLDEN_RULE) || any(text, PLACEHOLDERS);
}

/** The text asks a favour to save for later (a job, a referral, an introduction). */
export function asksFavour(text: string): boolean {
  return any(text, FAVOURS);
}
