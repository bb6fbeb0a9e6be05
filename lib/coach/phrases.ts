import { gap, matches, pattern, read, W } from './words';

/**
 * What the coach looks for (ARCHITECTURE.md §4), written in plain words and matched on word stems (words.ts),
 * so every form counts: "mentor me" / "mentoring me", "touch base" / "touched base". The rules add
 * the sense around a match: negation, reported speech, who asks whom (context.ts). Placeholders are
 * about the characters themselves, so they stay raw patterns over the text.
 */

/** Roles that make a large, undefined commitment when asked of them ("be my …"). */
const ROLE = '(?:mentor|mentorship|guide|coach|sponsor|advisor|adviser|sounding board|role model|teacher|guru|sensei|champion)';
/** The writer seeking a mentor (the rule checks the writer, not "you", is the subject). */
const SEEK = '(?:looking for|look for|seeking|seek|searching for|search for|in search of|need|want|hoping to find|trying to find|find|finding|ask for|asking for|request|hoping for|hope for|in the market for)';

/**
 * The golden rule: never "will you be my mentor?" nor anything that implies a large,
 * undefined commitment, however it is worded. Recurring or open-ended contact is in RECURRING.
 */
export const GOLDEN_ASKED: readonly RegExp[] = [
  `(?:be|become|act as|serve as|being|becoming) (?:my|our) ${gap(2)}${ROLE}`,
  `(?:be|become|act as|serve as|being|becoming) (?:a|an|some kind of|a kind of|something like a) ${gap(2)}${ROLE} (?:to|for) (?:me|us)`,
  `(?:you|you'd|you'll) (?:would |will |could |can |might |may )?(?:ever |possibly |perhaps )?(?:consider |be willing to |be open to |be interested in |agree to |like to |want to |mind )?(?:be|become|act as|serve as|being|becoming) (?:a|an) ${gap(2)}mentor(?! (?:to|for) (?:junior|juniors|new|other|others|young|students|people|many|them|your|their|those|women|engineers|developers|designers))`,
  `(?:have|having|get|getting|want|count) you as (?:my|a|an) ${gap(2)}${ROLE}`,
  `you as my ${gap(1)}${ROLE}`,
  '(?:mentor|coach|sponsor|mentorship) (?:me|us)(?! on (?:this|that))',
  '(?:be|being|get|getting) (?:mentor|coach|sponsor|guide|take under the wing) by',
  '(?:offer|give|provide|extend) (?:me|us) (?:some |a bit of |your |any |a little )?(?:mentorship|mentor|mentoring)',
  `(?:mentorship|mentor relationship|mentor arrangement|mentoring relationship|mentor mentee relationship) ${gap(1)}(?:with|from|under) (?:you|me)`,
  '(?:start|begin|enter|set up|establish|form|formal|ongoing|long term) (?:a |an |some )?(?:formal |informal |ongoing |long term )?(?:mentorship|mentor relationship|mentoring relationship)',
  `(?:love|like|appreciate|welcome|value|grateful for|honoured by|honored by|benefit from|ask for|asking for|hoping for|hope for|request|want|need) (?:your|some|a bit of|any|a little) ${gap(1)}(?:mentorship|mentor)(?! (?:program|programme|scheme|circle|session|initiative|work|post|article|talk))`,
  'under your wing',
  `take me on as (?:a|an|your) ${W}`,
  `(?:be|become|being|becoming|as) (?:your|a|an) ${gap(1)}(?:mentee|protege|protegee|apprentice)`,
  'your (?:mentee|protege|protegee|apprentice|student)',
  '(?:take|taking|took) on (?:a |any |new |more )?(?:mentee|protege|apprentice)',
  '(?:pick|picking|picked) (?:your|ur|his|her|their|the) brains?',
  '(?:pick|picking) the brains? of',
  'brain picking',
  `(?:guide|coach|help|walk|advise|support|steer|mentor|lead) me (?:through|throughout|along|on|in|over|during|for) (?:my|the rest of my|my whole|my entire|the next|the coming|these|the) ${gap(2)}(?:career|journey|path|life|years|year|transition|future)`,
  `(?:guide|coach|advise|support|steer|mentor|help|walk) me ${gap(2)}as i (?:navigate|grow|progress|build|develop|move|advance|find|figure|work|make)`,
].map(pattern);

/** The writer seeking a mentor: not a request when "you" are the one who was looking (context.ts). */
export const GOLDEN_SOUGHT: readonly RegExp[] = [
  `${SEEK} (?:a|an|some|new|a new)? ?${gap(2)}(?:mentor|mentorship)(?! (?:program|programme|scheme|circle|initiative|for (?:my|our|the) (?:team|junior|student|intern)))`,
].map(pattern);
export const GOLDEN_RULE: readonly RegExp[] = [...GOLDEN_ASKED, ...GOLDEN_SOUGHT];

/** Contact or guidance that becomes open-ended when made recurring. */
const CONTACT = '(?:call|calls|chat|chats|meeting|meet|session|check ins|check in|catch ups|catch up|conversation|talk|speak|sync|one on ones|guidance|advice|advise|advising|guide|guiding|mentorship|mentoring|mentor|coaching|coach|support|supporting|feedback|sounding board|relationship|touchpoint|exchange|contact|help|learn from you|learning from you)';
const EVERY = '(?:week|month|fortnight|quarter|other week|other month|few weeks|couple of weeks|two weeks|few months|couple of months|so often)';
const ADVERB = `(?:every ${EVERY}|each ${EVERY}|once a (?:week|month|fortnight|quarter)|regularly|on a (?:regular|weekly|monthly|ongoing|recurring|continuous|continuing|consistent) basis|on an ongoing basis|going forward|from now on|moving forward|ongoing|for the foreseeable future|for the long (?:term|haul|run)|in the long term|long term|over (?:the|my) (?:next|coming) ${gap(2)}(?:year|years)|over the (?:next|coming) (?:few |couple of |several )?months|for the (?:next|coming) ${gap(2)}(?:year|years|months)|over the years|throughout my career|for the rest of my career|as i (?:navigate|grow|progress|build|develop|advance|move|step) ${gap(4)}(?:career|years|journey|path|transition|role|feet))`;
const ADJECTIVE = '(?:regular|weekly|monthly|biweekly|bi weekly|fortnightly|quarterly|ongoing|recurring|long term|continuous|continued|continuing|periodic|consistent|standing)';

/**
 * Open-ended or recurring commitment (ARCHITECTURE.md §2: "regular calls going forward"): a recurring word
 * right before contact ("regular monthly calls") or an open horizon after it ("a sounding board
 * over the next year", "meet every week"). The rule also wants a request in the sentence.
 */
export const RECURRING: readonly RegExp[] = [
  `${ADJECTIVE} (?:${W} )?${CONTACT}`,
  `${CONTACT} ${gap(4)}${ADVERB}`,
  `${ADVERB} ${gap(3)}${CONTACT}`,
  `${CONTACT}(?: with (?:you|me))? (?:weekly|monthly|fortnightly|biweekly|quarterly|daily|periodically)`,
  'make (?:this|it|these|our chats?|our calls?) (?:a |an )?(?:regular|recurring|monthly|weekly|ongoing|standing) (?:thing|arrangement|event|fixture|habit)',
].map(pattern);

/** Idioms and slang that may not translate. */
export const IDIOMS: readonly RegExp[] = [
  'touch base', 'touching base', 'circle back', 'circle round', '(?:ping|pinging) (?:me|you|us|him|her)', 'give (?:me|you) a (?:ping|shout|buzz|ring|bell)',
  '(?:hop|jump|hopping|jumping|hopped|jumped) on (?:a|the|an)? ?(?:quick |short |brief |fast )?(?:call|zoom|teams|meet|chat|video|phone|zoom call)',
  'shoot the breeze', 'chew the fat', 'shoot (?:me|you|us) (?:a|an) (?:quick )?(?:message|email|note|line|text|dm)', 'drop (?:me|you|us) a (?:line|note)',
  'hit (?:me|you) up', 'loop (?:me|you|us) in', 'in the loop', 'low hanging fruit', 'ballpark', 'on (?:my|your) radar',
  'move the needle', 'in a nutshell', 'at the end of the day', 'outside the box', 'hit the ground running', 'piece of cake',
  'no brainer', 'take (?:it|this|that) offline', 'get the ball rolling', 'on the same page', 'grab (?:a |some )?(?:quick |virtual |short |online )?(?:coffee|bite|drink|lunch)',
  'catch up over', "what's the (?:deal|scoop)", 'run (?:it|this|that|something|an idea|ideas) by you', 'bounce (?:a few |some )?(?:ideas|thoughts|something|things) off you',
  'learn the ropes', 'show me the ropes', 'wrap my head around', 'ahead of the curve', 'up to speed', 'fill me in', 'swing by', 'in the weeds',
  'ducks in a row', 'two birds with one stone', 'put a pin in', 'deep dive', 'take a rain check', 'rain check', 'touch bases', 'circle the wagons',
  'spill the tea', 'in the same boat', 'win win', 'back to square one', 'on the fence', 'a long shot', 'shot in the dark', 'in a heartbeat',
  'hit it off', 'two cents', 'put you on the spot', 'take a stab', 'sync up', 'hit the nail on the head', 'under the weather', 'give you a buzz', 'the whole nine yards', 'pick up what you are putting down', 'cut to the chase', 'break the ice', 'ice breaker', 'quick sync',
].map(pattern);

/** Bandwidth the idiom ("if you have the bandwidth") rather than the network kind. */
export const BANDWIDTH = pattern('bandwidth');
export const TECH_WORDS = /\b(?:network|memory|[gc]pu|[kmgt]bps|[kmgt]b|[kmgt]bit|throughput|latency|links?|cables?|disk|bus|storage|servers?|traffic|isp|wi-?fi|fib(?:re|er)|video|stream(?:ing|s)?|upload|download|packets?|signal|spectrum|radio|satellite|[45]g|lte|broadband|cdn|egress|ingress|database|cluster|bottleneck|bits?|bytes?|bandwidth-heavy|data centres?|data centers?|infrastructure|api|inference|gpus|costs?|usage|pricing|bills?|consumption|measur\w*|regions?|utili[sz]ation|caps?|quotas?|metering)s?\b/i;

/** Flattery (ARCHITECTURE.md §4): heavy when two or more appear, or one of STRONG. */
export const FLATTERY: readonly RegExp[] = [
  'incredible', 'incredibly', 'amazing', 'amazingly', 'awesome', 'brilliant', 'genius', 'legend', 'legendary', 'rock star', 'rockstar',
  'idol', 'my hero', 'phenomenal', 'extraordinary', 'outstanding', 'so inspiring', 'truly inspiring', 'inspirational', 'blown away', 'in awe',
  'mind blowing', 'mindblowing', 'world class', 'visionary', 'trailblazer', 'trailblazing', 'trail blazer', 'insane', 'insanely', 'unreal',
  'superstar', 'guru', 'ninja', 'wizard', 'icon', 'iconic', 'goat', 'game changer', 'game changing', 'fangirl', 'fanboy', 'stunning',
  'unbelievable', 'unbelievably', 'jaw dropping', 'the best in (?:the|your) (?:industry|field|business|world)', 'greatest', 'titan', 'powerhouse',
  '(?:huge|big|biggest|massive|great) fan', 'fan of yours', 'worship', 'look up to you', 'true inspiration', 'an inspiration', 'masterpiece',
  'absolutely love', 'obsessed with', 'crushing it', 'killing it', 'changed my life', 'life changing', 'smartest', 'biggest inspiration', 'so talented', 'incredibly talented', 'fantastic', 'remarkable', 'exceptional', 'out of this world',
].map(pattern);
export const STRONG_FLATTERY: readonly RegExp[] = [
  '(?:huge|big|biggest|massive) fan', 'fan of yours', 'idol', 'genius', 'legend', 'legendary', 'my hero', 'trailblazer', 'trailblazing', 'trail blazer',
  'insane', 'insanely', 'rock star', 'rockstar', 'superstar', 'guru', 'goat', 'worship', 'in awe', 'blown away', 'fangirl', 'fanboy',
  'mind blowing', 'the best in (?:the|your) (?:industry|field|business|world)', 'greatest', 'titan', 'obsessed with', 'out of this world',
  'crushing it', 'killing it', 'changed my life', 'smartest', 'biggest inspiration',
].map(pattern);

/** Favours to save for later (ARCHITECTURE.md §4): a job, a referral, an introduction, any favour. */
export const FAVOURS_ASKED: readonly RegExp[] = [
  '(?:refer|referring|recommend|recommending|vouch for|vouching for|endorse|endorsing|sponsor) (?:me|us)(?! to (?:read|your post|this|that))',
  '(?:a|any|the|your|possible|internal) referral(?! (?:program|programme|scheme|bonus|bonuses|policy|process|system|link|code|network|traffic|fee|data|rate|rates))',
  'referrals? (?:for|to|at|into) (?:a|an|the|your|any|open|this|that|my)',
  `(?:pass|passing|forward|forwarding|send|sending|share|sharing|put|putting|get|getting|hand|flag|flagging) (?:on )?my (?:cv|resume|portfolio|application|profile|details|name) ${gap(2)}(?:on|along|to|with|in front of|over|forward|through)`,
  '(?:look at|review|read|check|glance at|feedback on) (?:my|the attached) (?:cv|resume)',
  '(?:attached|attaching|enclosed|enclosing|attach|enclose|including|include) (?:is |are )?my (?:cv|resume|cover letter)', 'my (?:cv|resume) (?:is )?(?:attached|enclosed|below)',
  '(?:keep|keeping|bear|have) me in mind', 'keep me posted (?:about|on|if|when) (?:any )?(?:opening|openings|role|roles|job|jobs|position|positions|vacancies|opportunities)',
  `(?:if|when|should) (?:a|an|any) ${gap(1)}(?:spot|role|position|opening|vacancy|job|seat|place|opportunity) (?:opens|open|comes up|come up|becomes available|becomes free|frees up|appears)`,
  '(?:put|putting) in a (?:good |kind )?word', 'good word for me',
  `(?:any|open|available|current|upcoming) (?:jobs|job|roles|positions|openings|vacancies|vacancy|internships|internship|opening)(?: (?:on|in|at|within|for) ${W})?`,
  `(?:know of|aware of|hear of|heard of|hear about) (?:any|an|a) ${gap(1)}(?:openings?|roles?|positions?|jobs?|vacancy|vacancies|opportunities|opportunity)`,
  `(?:if|when) (?:anything|something) (?:${W} )?opens up`,
  '(?:write|give|provide) me (?:a|an) (?:recommendation|reference|endorsement|referral)', '(?:be|act as|serve as) (?:a|my) reference',
  `(?:are you|is your team|is your company|is your firm|you guys|is your group|are they) ${gap(1)}hiring`,
  'hire me', 'hiring me', 'job (?:opportunity|opportunities|opening|openings|offer)',
  `(?:help|helping) me (?:get|land|find|secure) (?:a|an|the|my)? ?(?:${W} )?(?:job|role|position|internship|foot in the door|interview)`,
  'foot in the door', '(?:get|land) me (?:a|an) (?:job|role|interview|position)',
  '(?:introduce|introducing) me', `(?:connect|connecting|link|linking|put|putting) me ${gap(1)}(?:with|to|in touch with|in contact with)`,
  `(?:make|give|offer|ask for|asking for|request|requesting|get|arrange|facilitate|grateful for|appreciate|love|like|possible) ${gap(1)}(?:a |an |any )?(?:warm |quick |brief |short |personal )?(?:intro|introduction|introductions)`,
  '(?:intro|introduction) to (?:someone|anyone|somebody|people|a few people|your|him|her|them|a recruiter|the hiring manager|a hiring manager|the recruiter)',
  'hiring manager', 'point me (?:to|towards|toward) (?:someone|anyone|somebody|the right person|a recruiter|people)',
  '(?:do|doing) me a (?:small |quick |big |huge )?favou?r', '(?:ask|asking) (?:you )?(?:a|for a) (?:small |quick |big |huge )?favou?r', 'a small favou?r',
].map(pattern);

/** The writer looking for a job: not a favour when "you" are the one who was looking. */
export const FAVOURS_SOUGHT: readonly RegExp[] = [
  `(?:looking for|seeking|searching for|hunting for|in the market for|apply for|applying for|applied for) (?:a|an|the|any|some)? ?${gap(2)}(?:job|role|position|internship|opening|vacancy|work)(?! (?:title|description|ads|market|board|boards|hunting|search))`,
].map(pattern);
export const FAVOURS: readonly RegExp[] = [...FAVOURS_ASKED, ...FAVOURS_SOUGHT];

/**
 * Unfilled placeholders and leaked programming values (ARCHITECTURE.md §4): any bracket style, capitals or
 * template markers. Raw patterns: the brackets and capitals are the signal.
 */
const SLOT = String.raw`(?:NAME|FIRST ?NAME|LAST ?NAME|FULL ?NAME|COMPANY|COMPANY ?NAME|ORGANI[SZ]ATION|ROLE|TITLE|JOB ?TITLE|TOPIC|POSITION|DATE|TIME|EVENT|CONFERENCE|CONFERENCE ?NAME|SCHOOL|UNIVERSITY|TEAM|CITY|FIELD|INDUSTRY|SKILL|PROJECT|POST|ARTICLE|TALK|LINK|URL|RECIPIENT|PERSON|YOUR ?NAME|MY ?NAME|INSERT|X+|Y+|ETC|SUBJECT|GOAL|PRODUCT|NUMBER|N)`;
export const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{1,60}\]/g, /\{\{[^}\n]{0,60}\}\}/g, /\{[A-Za-z_%$][\w .'%$-]{0,40}\}/g, /<[A-Za-z_][\w .'-]{0,40}>/g,
  new RegExp(String.raw`\((?=[^)\n]*\b${SLOT}\b)[A-Z0-9 _.'&/-]{1,50}\)`, 'g'),
  new RegExp(String.raw`\((?:your|their|the|insert|add|enter)\s+[a-z ]{0,20}(?:name|company|title|role|topic|position|event|conference|school|team)\)`, 'gi'),
  /\((?:name|first name|last name|full name|company|company name|role|job title|title|topic|position|event|conference|conference name|school|date|recipient)\)/gi,
  /\b[Xx]{3,}\b|\bXX\b|\b[A-Z]{1,2}XX\b/g, /\bundefined\b/gi, /\bNaN\b/g, /\bnull\b(?!\s+\p{L})/giu, /\b(?:TODO|TBD|FIXME)\b/g, /_{3,}/g,
  /\$\{[^}\n]{0,40}\}|%[A-Z_]{2,30}%|%s\b|\{\d\}|\$[A-Z_]{3,30}\b/g,
  /\b(?:insert|add|enter) (?:your |their |the |his |her )?(?:first |last |full |company |job )?(?:name|company|title|topic|role|position|event|date)(?: here)?\b/gi,
  new RegExp(String.raw`(?<![\p{Lu}\p{N}][ ,.'-]*)\b(?:FIRST ?NAME|LAST ?NAME|COMPANY ?NAME|FIRST_NAME|COMPANY_NAME|JOB ?TITLE|YOUR ?NAME|CONFERENCE ?NAME|EVENT ?NAME|NAME|COMPANY|ROLE|TOPIC|POSITION)\b(?![ ,.'-]*[\p{Lu}\p{N}]{2})`, 'gu'),
];

export interface Found {
  start: number;
  end: number;
  text: string;
}

const STEMMED = new WeakSet<RegExp>([...GOLDEN_RULE, ...RECURRING, ...IDIOMS, ...FLATTERY, ...STRONG_FLATTERY, ...FAVOURS, BANDWIDTH]);

/**
 * Every match of every pattern, as code-unit spans, in text order and without duplicates. Works
 * with the stemmed lists above and with raw patterns (PLACEHOLDERS, or any RegExp).
 */
export function findAll(text: string, patterns: readonly RegExp[]): Found[] {
  const stemmed = patterns.filter((p) => STEMMED.has(p));
  const out = new Map<string, Found>();
  if (stemmed.length) for (const m of matches(read(text), stemmed)) out.set(`${m.start}:${m.end}`, { start: m.start, end: m.end, text: m.text });
  for (const p of patterns) {
    if (STEMMED.has(p)) continue;
    const re = p.flags.includes('g') ? p : new RegExp(p.source, `${p.flags}g`);
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.set(`${m.index}:${m[0].length + m.index}`, { start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return [...out.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when quoting `text` would risk a coach problem (the composer's vetting of profile text): conservative, no context. */
export function unsafeToQuote(text: string): boolean {
  return findAll(text, GOLDEN_RULE).length > 0 || findAll(text, PLACEHOLDERS).length > 0;
}
