import { LANGUAGE_NAME } from './goals';
import { NOT_THEIR_VERB, PAST, gerund, secondPerson, selfTurned, withSubject, withoutLeadIn } from './clauses';
import { textLength } from './limits';

/**
 * A question about one line of theirs that only they can answer, in the line's own shape (issue 10, round 9:
 * the blind review wanted "how idempotent handlers made retries boring" asked, not "How did you end up at X?"):
 * - what made a result happen: "Idempotent handlers made retries boring" → "How did idempotent handlers make retries boring?";
 * - how a practice came about: "Our load tests now run on every release" → "How did you get your load tests to run on every release?";
 * - what is hard in their daily work: "Most of my week goes into designing services that…" → "What is the hardest part of designing services that…?";
 * - how they meet a view's condition: "Partnerships work best when both sides agree early…" → "How do you make sure both sides agree early…?";
 * - how they keep what the best had in common: "The best growth experiments were small, cheap and easy to reverse" → "How do you keep growth experiments small, cheap and easy to reverse?";
 * - what convinced them of a view: "Documentation is part of the feature, not an afterthought" → "What convinced you that documentation is part of the feature?".
 * '' when the line has none of these shapes, or the question would run long. Lines in the first person with a
 * verb of their own ("We built…", "I mentor…") are askAbout's, in questions.ts.
 */
export function lineQuestion(sentence: string): string {
  const s = withoutLeadIn(sentence).replace(/[.!]$/, '').trim();
  if (/[?:]/.test(s) || /\b(?:you|your)\b/i.test(s)) return '';
  // A title ("Planning the work vs DOING the work") states no view: only a sentence that ends as one does.
  const q = caused(s) || practice(s) || routine(s) || condition(s) || best(s) || (/[.!]\s*$/.test(sentence) ? view(s) : '');
  return (q && textLength(q) <= 90 && !/\b(?:I|me|my|we|us|our)\b/.test(q) ? q : '') || achieved(s);
}

/** Words ending in "ed" that start a CV line without being what they did ("Based in Lisbon", "Interested in…"). */
const NOT_A_VERB = NOT_THEIR_VERB;
/** Where a CV line's object ends at its first phrase ("grant applications| to federal culture funds"). */
const FIRST_PHRASE = /,\s|\s+(?:from|in|for|with|across|by|to|at|on|so|which|because|while|after|before|including|and)\s/u;

/**
 * What made a result of theirs, from a CV line in the past tense: "Redesigned new-graduate nurse onboarding from 14 hours…"
 * → "What made the biggest difference when you redesigned new-graduate nurse onboarding?" (h4 review: a curator's
 * sponsorship line, the one thing the sender needed, went unasked). The verb stays as they wrote it, so no base form
 * is guessed. `brief`: the object up to its first phrase; `back`: after an opening that said the whole line already, that
 * phrase's last word, pointed back to ("when you managed that ward").
 */
export function achieved(sentence: string, brief = false, back = brief): string {
  const m = /^(\p{Lu}\p{Ll}+ed|Led|Built|Ran|Won|Grew|Wrote|Took|Made|Cut|Set up|Brought|Drove|Oversaw|Taught|Sold)\s+(.+?)[.!]?$/u.exec(sentence.trim());
  if (!m || NOT_A_VERB.test(m[1] ?? '')) return '';
  // Done to them, not by them: "Sponsored by the practice through the Diploma…" (r32, set 18: "…when you sponsored that Diploma?").
  if (/^by\s/i.test(m[2] ?? '')) return '';
  if (doneForThem(m[2] ?? '')) return '';
  // "Worked every day with teachers of the deaf…": how often, no object (s15: "…when you worked that day?").
  if (/^(?:every|each|all|most|some)\s+(?:day|days|week|weeks|month|year|morning|night)\b/i.test(m[2] ?? '')) return '';
  const cut = brief ? FIRST_PHRASE : /,\s|\s+(?:from|so|which|because|while|after|before|including|and then)\s/u;
  // "Founded and run a group of three…": asked by its first verb, of what both were done to (r35, set 23).
  const done = (m[2] ?? '').replace(/^and\s+(?:run|ran|lead|led|manage|managed|grow|grew|build|built|own|owned)\s+/u, '');
  // Two kinds of one team stay one thing: "the legal and compliance team", never "that legal" (r36, set 25).
  const team = /^(?:the\s+|a\s+|an\s+)?[\p{L}-]+\s+and\s+[\p{L}-]+\s+(?:team|department|function|unit|practice|programme|program)s?\b/u.exec(done)?.[0];
  const object = team ?? done.split(cut)[0] ?? '';
  // Never cut inside a name's adjective: "a group of three Afro" of "…three Afro and textured hair salons" (r35, set 23).
  if (brief && /\s\p{Lu}[\p{L}-]*$/u.test(object) && done.startsWith(`${object} and `)) return '';
  // "Started as a host at 16": a role taken, no thing made to point back to ("when you started that host": s19 unseen pages).
  // Nor a move ("Moved from a 160-cow herd selling to a milk buyer to…"): no thing made (r41: "…when you moved from a 160-cow
  // all-year-round herd selling?").
  if (object.split(/\s+/).length < 2 || /^(?:as|at|in|on|with|out|from|to|into|onto)\b/i.test(object)) return '';
  // After an opening that said the line, it points back ("when you managed that ward") rather than saying it twice (r14 review).
  // An amount points back by what it was of ("secured MXN 6.5M in … sponsorship" → "that sponsorship"): "secured it" read
  // as vague (r15 review).
  // A thing said with what it was of or where it went, by its head: "the migration of 212 services off hand-rolled deploy
  // scripts" → "that migration", never "those scripts" (r38, set 28).
  const head = /^(?:the|an?|our|their)\s+(?:[\p{L}-]+\s+)?([\p{L}-]{4,})\s+(?:of|off|to|from|into|onto|across)\s/u.exec(object)?.[1];
  // Nor the last word of a clause about it: "the 30-60-90 onboarding program that cut time-to-first-invoice" → "that program".
  const last = (amount(m[2] ?? '') || head || object.split(/\s+(?:that|which|who)\s/)[0] || object).split(/\s+/).pop() ?? '';
  // A thing of an amount by the thing: "a lending portfolio of ~A$220m" → "that portfolio", never "it" (r33, set 20).
  const of = /^(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]{3,})\s+of\s+\S*\d/u.exec(object)?.[1];
  const said = back ? (/\d/.test(last) ? (of ? `that ${of}` : 'it') : `${/[^s]s$/.test(last) ? 'those' : 'that'} ${last}`) : secondPerson(object);
  const q = `What made the biggest difference when you ${m[1]!.toLowerCase()} ${said}?`;
  if (/\b(?:I|me|my|we|us|our)\b/.test(q)) return '';
  // Too long to read at a glance: its first phrase.
  return textLength(q) <= 110 ? q : brief ? '' : achieved(sentence, true, false);
}

/** An amount and what it was of, in two words: "MXN 6.5M in foundation and corporate sponsorship for…" → "MXN 6.5M in sponsorship"; '' for no amount. */
function amount(object: string): string {
  const m = /^(.*\d\S*)\s+(in|of)\s+(.+)$/u.exec(object.split(/,\s|\s+(?:for|to|at|across|from|by|with|so|which|because|while|after|before|including)\s/u)[0] ?? '');
  return m ? `${m[1]} ${m[2]} ${m[3]!.split(/\s+/).pop()}` : '';
}

/** The CV verbs `achieved` reads in the present ("Manage 4 writers…"): what someone does now, in their own job description. */
const NOW_VERB = /^(Manage|Lead|Run|Build|Design|Teach|Train|Mentor|Write|Coordinate|Oversee|Own)\s+(.+?)[.!]?$/u;

/**
 * What a CV line of theirs on the sender's goal taught them, named by what they did: "Drafted grant applications to federal
 * culture funds…" and writing proposals that win tenders → "What did drafting grant applications teach you about writing
 * proposals that win public tenders?". Named, not pointed back to ("that"): a message short of room may open on their job
 * instead of the line. `about` is the goal as an -ing phrase. '' when the line has no CV verb or the question runs long.
 */
export function taughtBy(sentence: string, about: string): string {
  const past = /^(\p{Lu}\p{Ll}+ed|Led|Built|Ran|Wrote|Grew|Set up|Oversaw|Taught)\s+(.+?)[.!]?$/u.exec(sentence.trim());
  const now = past ? null : NOW_VERB.exec(sentence.trim());
  const m = past ?? now;
  if (!m || NOT_A_VERB.test(m[1] ?? '')) return '';
  // Done to them, not by them: "Sponsored by a Welsh farming charity" (r33, set 20: "What did sponsoring by a Welsh farming charity teach you…?").
  if (/^by\s/i.test(m[2] ?? '')) return '';
  if (doneForThem(m[2] ?? '')) return '';
  const verb = (m[1] ?? '').toLowerCase();
  const base = PAST[verb] ?? { 'set up': 'set up', oversaw: 'oversee' }[verb] ?? (now ? verb : verb.replace(/ed$/, ''));
  const ing = /ed$/.test(verb) && !PAST[verb] ? `${base}ing` : gerund(base);
  // "Designed and analysed 30+ pricing A/B tests", "Founded and run…": named by its first verb.
  const rest = (m[2] ?? '').replace(/^and\s+(?:\p{L}+ed|run|ran|lead|led|grow|grew|build|built|own)\s+/u, '');
  const object = amount(rest) || (rest.split(FIRST_PHRASE)[0] ?? '');
  // Never cut inside a name's adjective: "a group of three Afro" (r35, set 23).
  if (/\s\p{Lu}[\p{L}-]*$/u.test(object) && rest.startsWith(`${object} and `)) return '';
  // A move or a promotion is no thing done ("Promoted to Head Teacher in 2015": never "What did promoting to Head Teacher…").
  if (object.split(/\s+/).length < 2 || /\b(?:I|me|my|we|us|our)\b/.test(object) || /^(?:from|to|into|onto|as|at)\b/i.test(object)) return '';
  const q = past ? `What did ${ing} ${secondPerson(object)} teach you about ${about}?` : `What has ${ing} ${secondPerson(object)} taught you about ${about}?`;
  return textLength(q) <= 110 ? q : '';
}

/** Verbs of a cause and its result, past → present ("made" → "make"). */
const CAUSE: Readonly<Record<string, string>> = { made: 'make', turned: 'turn', let: 'let', solved: 'solve', cut: 'cut', helped: 'help', saved: 'save', kept: 'keep', fixed: 'fix', halved: 'halve' };

const CAUSED = new RegExp(`^([\\p{L}][\\p{L}\\p{N}' -]*?(?:,\\s[\\p{L}' -]+?)*)\\s+(${Object.keys(CAUSE).join('|')})\\s+(.+)$`, 'u');

/** "Caching solved the first bottleneck; a better query plan…" → "How did caching solve the first bottleneck?" */
function caused(s: string): string {
  const m = CAUSED.exec(s);
  // "Time-served carpenter turned site manager" is who they are, not a cause (r32, set 17: "How did time-served carpenter turn site manager?").
  if (!m || selfTurned(s)) return '';
  const [, subject = '', verb = '', rest = ''] = m;
  // A subject that is a person or a pronoun is a story, not a cause ("We cut…" is askAbout's).
  if (/^(?:I|We|It|This|That|They|He|She|There|Our|My)\b/.test(subject) || subject.split(/\s+/).length > 9) return '';
  // Nor a step in a story: "Then the station manager let me sit in on cupping" is no cause to ask about (s13 unseen pages).
  if (/^(?:Then|Later|Finally|Eventually|Soon|Now|Today|Afterwards|Next)\b/.test(subject)) return '';
  const object = rest.split(/;\s|,\s(?:which|so|and|but)\s|,\s+(?=\p{Ll}+ing\b)/u)[0] ?? '';
  const base = CAUSE[verb] ?? '';
  return `How did ${lowerFirst(subject)} ${base} ${secondPerson(object)}?`;
}

/** "Our load tests now run on every release, so…" → "How did you get your load tests to run on every release?" */
function practice(s: string): string {
  const m = /^Our\s+(.+?)\s+now\s+(\p{Ll}+?)s?\s+(.+)$/u.exec(s);
  if (!m) return '';
  const [, what = '', verb = '', rest = ''] = m;
  const object = rest.split(/,\s|\s+(?:so|because|which)\s/)[0] ?? '';
  return `How did you get your ${what} to ${verb} ${secondPerson(object)}?`;
}

/** "Most of my week goes into designing…", "Lately I have been profiling…": what is hardest in it. */
function routine(s: string): string {
  const m = /^(?:Most of my (?:week|time|days?|work) (?:goes|go) into|(?:Lately |These days |Right now )?I(?: have|'ve) been|I spend (?:most of )?my (?:time|days?|week) on)\s+(\p{Ll}+ing)\s+(.+)$/u.exec(s);
  if (!m) return '';
  return `What is the hardest part of ${m[1]} ${secondPerson(firstPhrase(m[2] ?? ''))}?`;
}

/**
 * A view that names its condition: "Dashboards are only useful when the definitions behind every metric are written down"
 * → "How do you make sure the definitions behind every metric are written down?" (the how is theirs to tell).
 */
function condition(s: string): string {
  if (/^(?:I|We|My|Our|If|When)\b/.test(s)) return '';
  const m = /^[^,;]+?\b(?:only|best|most)\b[^,;]*?\bwhen\s+([^,;]+)$/u.exec(s);
  const then = m?.[1] ?? '';
  if (then.split(/\s+/).length < 4 || /\b(?:I|we|you)\b/i.test(then)) return '';
  return `How do you make sure ${secondPerson(then)}?`;
}

/**
 * What the best of something had in common: "The best growth experiments were small, cheap and easy to reverse" → "How do you
 * keep growth experiments small, cheap and easy to reverse?" (a10 review: "How would you apply that idea to running … growth
 * experiments?" read as circular after that line, to someone learning to run them).
 */
function best(s: string): string {
  const m = /^(?:The|Our|My) best\s+((?:[\p{L}-]+\s){0,3}[\p{L}-]+s)\s+(?:were|are)\s+((?:[\p{Ll}-]+(?:,\s|\s+and\s+|\s+to\s+|\s+))*[\p{Ll}-]+)$/u.exec(s);
  if (!m || /\b(?:the|a|an|by|from|with|who|which|that)\b/.test(m[2] ?? '')) return '';
  return `How do you keep ${m[1]} ${m[2]}?`;
}

/** A view of theirs, in the present tense and not about themselves: "Small pull requests ship faster and break less." */
function view(s: string): string {
  // "So most of my work now is coaching parents" leans on the line before it, and is about themselves (s21 unseen pages).
  if (/^(?:I|We|My|Our|In|At|As|When|If|After|Before|Over|This|That|It|There|Every|Most|Lately|So|And|But|Then|Now|Today)\b/.test(s)) return '';
  // A claim has a present-tense verb after its subject: "matter more than", "is part of", "ship faster", "beat clever ones".
  // Never a noun after "no" ("No auditions, no need to read music, just turn up" is no claim: s20 unseen pages).
  if (!/^[\p{L}][\p{L}\p{N}' ,-]*?(?<!\bno)\s(?:is|are|matters?|beats?|ships?|makes?|wins?|needs?|works?|pays?|breaks?|starts?|comes?|costs?|saves?)\b/u.test(s)) return '';
  const claim = s.split(/,\s+(?:not|but|and|so|which)\b|;\s|\s+and\s+(?=\p{Ll}+\s+\p{Ll}+$)/u)[0] ?? s;
  if (claim.split(/\s+/).length < 4) return '';
  // The claim keeps its verb, and is no account of their own job: "A big part of my job has been showing parents, and sometimes
  // teachers, that a child sorting bottle tops… is doing mathematics" made "What convinced you that a big part of your job has
  // been showing parents?" (r34, set 22).
  if (!/\s(?:is|are|matters?|beats?|ships?|makes?|wins?|needs?|works?|pays?|breaks?|starts?|comes?|costs?|saves?)\b/u.test(claim) || /\b(?:my|our)\s+(?:job|work|role|days?|week)\b/i.test(claim)) return '';
  return `What convinced you that ${lowerFirst(secondPerson(claim))}?`;
}

/** The verb's object up to where a new phrase starts ("services that stay fast when traffic triples" → "services that stay fast"). */
function firstPhrase(s: string): string {
  return s.split(/,\s+(?=and|so|which|but|because)|\s+(?:when|because|so that|so|before|after|which)\s/)[0] ?? s;
}

function lowerFirst(s: string): string {
  // "Idempotent handlers" → "idempotent handlers"; an acronym or a name ("AWS", "Python") stays.
  // "A good handover saves…" → "a good handover" (s14 unseen pages); never "I".
  // Nor a language or a people: "Japanese students are often quiet at first" (r41).
  return /^(?:\p{Lu}\p{Ll}|A\s)/u.test(s) && !/^(?:Python|Java|Kotlin|Swift|Rust|Go|Excel|Figma|Google|Slack)\b/.test(s) && !LANGUAGE_NAME.test(/^\p{L}+/u.exec(s)?.[0] ?? '') ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}


/** What a line of advice opens on: "Keep a few dollar-denominated costs in mind when you price", "Go to the factory floor". */
const ADVICE = /^(?:Keep|Go|Ask|Put|Start|Read|Learn|Save|Write|Say|Bring|Talk|Build|Change|Book|Get|Take|Make|Try|Stop|Find|Spend|Stay|Focus|Treat|Give|Use|Check|Join|Pick|Choose|Visit|Show|Leave|Hire|Never|Always|Don't|Do not)\s/;
/** A view's present-tense verb: "Nobody on site reads the 900-line Gantt chart", "Your supporters aren't consumers". */
const VIEW_VERB = /\s(?:is|are|isn't|aren't|matters?|beats?|reads|cares|wins?|needs|works|pays|costs|saves|teaches|does(?:n't)?|don't|never|will)\s/;
/** An event of theirs: "we" and a verb in the past, or "I" and a verb that makes or runs something, after when it was. */
const EVENT = /^(?:(?:(?:This|Last) (?:term|week|month|year|season)|(?:\p{L}+|\d+) (?:weeks?|months?|years?) ago|(?:In|Since) (?:19|20)\d\d|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+)?(?:[Ww]e\s+(?:(?:also|finally|officially|just)\s+)?(?!(?:were|had|was|used|needed|wanted)\b)\p{Ll}+ed|I\s+(?:opened|launched|organised|organized|ran|hosted|tested|trained|surveyed|interviewed|published|piloted))\s/u;
/** A result, not an undertaking: "passed", "won", "hit". */
const RESULT = /\b(?:passed|won|reached|hit|doubled|halved|tripled|cut|finished|completed|achieved|secured|beat)\s/;
/** The questions `pointedQuestion` asks: on their line, not on the sender's goal (a subject names neither: subject.ts). */
export const POINTED = /^(?:What taught you that lesson|What convinced you of that|What surprised you most about that|What made the biggest difference|What did those years teach you|What has that taught you so far)\?$/;
/** When a line of theirs is set, before its "I": "Lately", "Before business school". */
const WHEN_SET = String.raw`^(?:(?:Lately|Recently|These days|Right now|(?:Before|After) [\p{L} ]{3,30}?),?\s+)?`;
/** Years they spent at something: "Before business school I spent several years launching new offerings…". */
const SPENT = new RegExp(String.raw`${WHEN_SET}I spent (?:\S+\s+){0,2}(?:years|decades)\b`, 'u');
/** What they have been doing lately: "Lately I have been profiling our message consumers…". */
const LATELY = new RegExp(String.raw`${WHEN_SET}I(?:'ve| have) been \p{Ll}+ing\s`, 'u');
/** Words that weigh one thing against another or rule it out: what makes a line a view rather than a fact. */
const WEIGHS = /\b(?:more|less|than|best|worst|nobody|no one|no|never|always|only|not|nothing|every time)\b|n't\b/i;
/** A line that points at itself or a date: an announcement, not a view ("Christmas order cut-off is Friday 12th!!"). */
const NOTICE = /!!|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|today|tomorrow|this week)\b/i;

/**
 * A question that points back to the line the opening just quoted, for a line no shape above reads (r35: 434 messages asked
 * "How did you end up at …?" and "What are you working on there these days?" under a line of theirs that was never asked
 * about): advice they give ("Go to the factory floor") → "What taught you that lesson?"; a view of theirs, not about
 * themselves ("Nobody on site reads the 900-line Gantt chart") → "What convinced you of that?"; something they did at a time
 * ("This term we trained 38 teachers…") → "What surprised you most about that?", or a result → "What made the biggest
 * difference?"; years spent at something → "What did those years teach you?"; what they have been doing lately → "What has
 * that taught you so far?". '' for anything else: a fact about their own work, a question, an announcement, a line of their CV.
 */
export function pointedQuestion(sentence: string): string {
  const s = withoutLeadIn(sentence.trim()).replace(/[.!]+$/, '');
  if (/[?:;]/.test(s)) return '';
  if (ADVICE.test(s) && !/^(?:Keep|Go|Start|Stop)\s+\p{L}+ing\b/u.test(s) && !/\b(?:I|I'm|I've|me|my|we|our|us)\b/.test(s) && s.split(/\s+/).length >= 4) return 'What taught you that lesson?';
  // Years they spent at something ("Before business school I spent several years launching new offerings…"), or what they have
  // been doing lately ("Lately I have been profiling our message consumers…"): what it taught them (r35, shared fixtures).
  // Never where the line says what they taught them ("…, which taught me how policy looks once it leaves Nairobi": r40, set 35).
  if (SPENT.test(s) && !/\b(?:taught|showed) me\b/i.test(s)) return 'What did those years teach you?';
  if (LATELY.test(s)) return 'What has that taught you so far?';
  // Nor a line of their CV, without its "I" ("Moved to Dubai in 2017 and never looked back").
  if (withSubject(s) !== s) return '';
  // Something they did together, or ran, at a time ("This term we trained 38 teachers…", "We asked 212 young people what
  // they'd lose…"): what surprised them is theirs to tell, where how they did it would say the line again.
  // A result ("We passed our brand standards audit with 94%") is asked what made it.
  if (EVENT.test(s) && s.split(/\s+/).length >= 6) return RESULT.test(s) ? 'What made the biggest difference?' : 'What surprised you most about that?';
  if (NOTICE.test(s) || /\b(?:I|I'm|I've|me|my|we|we're|our|us)\b/i.test(s) || s.split(/\s+/).length < 4) return '';
  // Its subject first, then the verb: never a line that opens on a verb or a time ("Running day-to-day ops…", "Then…").
  // Nor one that leans on the line before it ("For edtech companies this is less about hardware…"), nor a rule set by a place
  // ("Under CBC, assessment in pre-primary is observation…"), nor a title that leads into advice ("Best advice you will ever get").
  if (/^(?:\p{Lu}\p{Ll}*ing|Then|Now|So|And|But|If|When|Here|There|This|That|It|What|Why|How|Under|In|At|For|On|With|By|From|After|Before|During|Best|Top|Biggest)\b/u.test(s) || /\b(?:this|that|it|they)\s+(?:is|are|was)\b/i.test(s)) return '';
  // A view, not a fact: it weighs or rules something out ("matter more than", "Nobody", "aren't", "your best friend").
  return VIEW_VERB.test(` ${s} `) && WEIGHS.test(s) ? 'What convinced you of that?' : '';
}

/** Done for them by something else: "Saved us about a day per design stage" is the script's doing (r37, set 26: "…when you saved that stage?"). */
const doneForThem = (object: string) => /^(?:us|me|them)\b/i.test(object);
