import type { Me } from '../settings/schema';
import { askedAbout, secondPerson, verbOf, withSubject, withoutLeadIn } from './clauses';
import { goalForms } from './bridge';
import { softLower, titlesAsWritten } from './goals';
import { textLength } from './limits';
import { relevance, terms } from './meaning';
import { MOVED, opensDoor, wantOf, type Opener } from './openers';
import { capFirst } from './text';

/**
 * Why this person, in their own words (issue 10, round 7): a second line of theirs that bears on the
 * sender, said back to them ("you write that you enjoy pairing with analysts", to a data analyst).
 * Best is a line about what they do themselves that names the sender's kind of role or audience
 * (analysts, junior engineers, students); then one on the sender's goal. Only what the page says.
 */
export interface Reason {
  /** Their whole line in the second person: "you enjoy pairing with analysts to turn one-off queries into maintained datasets". */
  said: string;
  /** The same, cut at its first phrase: "you enjoy pairing with analysts". */
  short: string;
  /** The line as it stands on their page (questions are built from it). */
  source: string;
  /** It names the sender's kind of role or audience ("analysts" to an analyst). */
  audience: boolean;
  /** It is about what they do themselves ("I mentor…", "I enjoy…", "My work…"). */
  practice: boolean;
  /** A line of their job description ("Drafted grant applications…"): what they did, not what they write. */
  cv?: boolean;
  /** Said as what their post is on ("You also write about how you explain…"), not as the line that sets it up. */
  about?: boolean;
}

/** Words that name people or a job: shared with the sender's role or work, they say "people like you" ("analysts", "students"). */
const PEOPLE = /^(?:analyst|engin|develop|teacher|student|nurs|market|design|manag|founder|research|scientist|junior|writer|product|educ|learner|clinician|doctor|recruit)/;


/** People named by a rank that starts out ("junior engineers", "new grads"), and a sender's role past it. */
const JUNIOR = /\b(?:junior|new|newer|aspiring|early[- ]career|entry[- ]level|graduate|trainee|student)s?\s+\p{L}+/iu;
const SENIOR = /\b(?:senior|lead|principal|staff|head|chief|director|manager)\b/i;
const HIRES = /\b(?:review(?:ed)?\s+(?:\S+\s+){0,3}(?:portfolios|CVs|applications|candidates)|interview(?:ed)?\s+(?:\S+\s+){0,2}(?:candidates|applicants)|open role)\b/i;
const LEADING = /\b(?:lead|leading|manag\w*|mentor\w*|coach\w*|feedback|onboard\w*|train\w*|teach\w*|hir(?:e|ing))\b/i;

/** The first phrase of a line ("you enjoy pairing with analysts to turn…" → "you enjoy pairing with analysts"). */
function firstPhrase(s: string): string {
  // Never inside a phrase: "your load tests now run on every release" keeps "on every release"; "all have to line up" and
  // "listening to customers" keep their "to" (an unseen-sender review found "your load tests now run" and "all have").
  // "…into small, well-tested components that teams can reason about": the components, without what teams can do with them.
  // Nor "promoted" from where to: "you joined as a cashier, promoted" (r36, set 24).
  const m = /^(.{18,}?)(?:,\s+(?:so|which|because|but)\s|\s+that\s+(?=\p{L}+\s+(?:can|could|will|would|should|may|might|must)\s)|\s+(?:so|which|because|before|after|when|and on)\s|(?<!\p{L}ing|\b(?:have|has|had|need|needs|want|wants|used|going|able|due|close|next|thanks|according|owing|prior|similar|compared|related|promoted|moved|switched|transferred|returned|went|came|got))\s+to\s)/u.exec(s);
  // "…our new grads didn't struggle because they hadn't done enough e-learning" cut before "because" says the opposite of
  // what they wrote (r14 paired review): a denial keeps its reason.
  // Nor a change cut from where it went: "…that cut time-to-first-invoice from 19" (r38, set 29).
  return m?.[1] && !/\b(?:not|never|no|nobody|nothing)\b|n't\b/i.test(m[1]) && !/\bfrom\s+\S+$/.test(m[1]) ? m[1] : s;
}

/** Where someone started: "I started in QA…", "I began as a nurse…", "I spent 8 years as a backend engineer…". */
const ORIGIN = /^I\s+(?:started|began|start(?:ed)?\s+out|spent\s+\S+\s+years?)\s+(?:my career\s+)?(?:in|as|at)\s+([^,.;]+)/i;

/**
 * Where they started, when it is where the sender is now: "QA" of "I started in QA in Recife…", to a junior QA engineer;
 * '' otherwise. Callers ask it only for a sender on the move (a career change, a first job).
 */
export function startedWhere(me: Partial<Me>, line: string): string {
  const m = ORIGIN.exec(withSubject(withoutLeadIn(line)));
  const where = m?.[1]?.split(/\s+(?:in|at|for|with|before|after|when|where|and)\s/)[0] ?? '';
  const mine = where ? roleStems(me) : null;
  return mine && [...terms(where).stems].some((st) => mine.has(st)) ? where : '';
}

/** The sender's role as stems, without its rank ("Junior QA Engineer" → qa, engin). */
function roleStems(me: Partial<Me>): Set<string> {
  return new Set([...terms(me.role ?? '').stems].filter((st) => !/^(?:junior|senior|lead|princip|staff|associ|head|chief)/.test(st)));
}

/** What the sender is, as stems that name people ("analyst", "teacher", "student"). */
function peopleOf(me: Partial<Me>): Set<string> {
  return new Set([...terms([me.role, me.whatIDo].filter(Boolean).join(' ')).stems].filter((st) => PEOPLE.test(st)));
}

/** Two lines that say much the same: most content words of the shorter are in the longer. */
function sameFact(a: string, b: string): boolean {
  const x = terms(a).stems;
  const y = terms(b).stems;
  const both = [...x].filter((st) => y.has(st)).length;
  return both >= 3 && both >= 0.6 * Math.min(x.size, y.size);
}

/** Two lines on a move to the same place ("I moved into UX research in 2019…", "…how I switched from market research to UX research"). */
function sameMove(a: string, b: string): boolean {
  const into = (x: string) => terms(/\b(?:to|into)\s+((?:[\p{L}-]+\s*){1,3})/u.exec(x)?.[1] ?? '').stems;
  const [x, y] = [into(a), into(b)];
  return x.size > 0 && [...x].filter((st) => y.has(st)).length >= Math.min(2, x.size, y.size);
}

/**
 * The line of theirs, other than `opener`'s, that best says why this person: `null` when none bears on
 * the sender (a line about what they do needs the sender's kind or the goal; any other line, the goal itself).
 */
export function reasonFor(me: Partial<Me>, openers: readonly Opener[], opener: Opener | null): Reason | null {
  // Only for a sender on the move (a career change, a first job): to a nurse educator, "you spent eleven years as a nurse" says
  // less than the line on onboarding new nurses.
  const target = goalForms(me)?.target ?? '';
  const moving = !!target;
  // Those doing the work they are moving into count as their kind: "pairing with analysts", to someone moving into data
  // analytics (r41, the unseen senders on the shared pages).
  const mine = new Set([...peopleOf(me), ...(/\banalytics\b/i.test(target) ? ['analyst'] : []), ...(/\bdata science\b/i.test(target) ? ['scientist'] : [])]);
  const goalTerms = wantOf(me).goal;
  const ownTerms = terms([me.role, me.whatIDo].filter(Boolean).join(' '));
  let best: { r: Reason; score: number; gr: number } | null = null;
  const seen = new Set<string>();
  for (const o of openers) {
    if (!o.quote || o.kind === 'headline' || o === opener || o.source === opener?.source || seen.has(o.source)) continue;
    // The opening's own fact said again ("that you managed a 28-bed ward", then "…the last four managing a 28-bed ward").
    if (opener?.quote && sameFact(o.source, opener.source)) continue;
    // Nor their move told twice: "your line on moving into UX research", then "You also write about how you switched… to UX research" (r17).
    if (opener?.quote && MOVED.test(opener.source) && MOVED.test(o.source) && sameMove(o.source, opener.source)) continue;
    seen.add(o.source);
    // "So most of my work now is coaching parents": said back without the "So" that leaned on the line before (s21).
    // Nor its contrast ("…, not just treating children"): the point is what comes before it.
    const line = startedOutside(withSubject(withoutLeadIn(o.source.replace(/^(?:So|And|But|Also),?\s+(?=\p{Ll})/u, ''))).replace(/[.!]$/, '').replace(/,\s+not\s+(?:just|only|simply)\b[^,]*$/u, ''));
    // A title, a question or a line with a colon reads badly after "you write that" ("…that planning the work vs DOING the work").
    // A CV fragment with no verb ("Team of 2 PMs and 9 engineers") is no sentence after "you write that".
    // Nor a line of their job description that names a thing, not what they did ("Non-auditioned community choir, 70+ members").
    const verbless = verbOf(line) === null || (o.kind === 'experience' && !/^(?:I|We)\s/.test(line));
    // "…didn't struggle because they hadn't done enough e-learning": a denied reason sets up the next sentence, where the point is.
    // So does a bare denial: "You also write that you didn't start out in charities, so I thought of you" (r33, set 19 review: a non-reason).
    // So does a thing denied what it is: "Generalist → Business Partner is not a promotion." sets up "It's a different job."
    // (r38, set 29).
    const setUp = /(?:n't|\bnot)\s[^.]*\bbecause\b/i.test(line) || /^(?:I|We)\s+(?:didn't|don't|did not|do not|never|wasn't|was not|haven't|have not|am not|'m not)\b/i.test(line) || /\b(?:is|are|was|were)\s+not\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?[.!]?$/iu.test(line);
    // A condition or an offer ("If that's you and you want to see how wine is made, write to me") reads as nonsense after
    // "you write that" ("…write to you", s21 unseen pages): the opening may name it, the reason never.
    const offer = /^(?:If|When)\b/.test(line) || opensDoor(line);
    // A line cut before what it says: "the best way to start that conversation is" (r33, set 20).
    const cut = CUT_END.test(line);
    // Nor a line whose subject is a thing named before it: "Saved us about a day per design stage" (a script's doing) is never
    // "you saved you about a day…" (r37, set 26).
    const thing = /^\p{Lu}\p{Ll}+\s+(?:us|me)\b/u.test(withoutLeadIn(o.source));
    if (thing || offer || cut || verbless || setUp || /[?:;]/.test(line) || /^(?:It|This|That|There)\b/.test(line) || textLength(line) > 120 || !/[.!]\s*$/.test(o.source.split('\n')[0] ?? '')) continue;
    const practice = /^(?:I|My)\s/.test(line) && !/^I (?:am grateful|was|had)\b/.test(line);
    // People named as people ("analysts", "junior engineers"), never a verb that shares a stem ("managed" and a product manager).
    // "Data products" are no product people (r41, set 36: "you build data products…", to a product designer).
    const nouns = (line.replace(/\bproducts?\b(?!\s+(?:managers?|designers?|owners?|leads?|people|folks))/giu, '').match(/\p{L}+/gu) ?? []).filter((w) => !/(?:ed|ing)$/i.test(w)).join(' ');
    // Never people a rank below the sender's: "you mentor junior engineers", to a senior engineer after a job, is no reason (r41,
    // set 36 review), unless leading or teaching them is the goal.
    if (JUNIOR.test(line) && SENIOR.test(me.role ?? '') && !LEADING.test(me.shortTermGoal ?? '')) continue;
    const audience = [...mine].some((st) => terms(nouns).stems.has(st));
    // A line that shares only a field with the goal ("code review as a teaching tool", to an analyst weighing data engineering:
    // both software) is no reason: it needs a word of the goal itself, and a line not on what they do or their own job ("Most
    // days my job is…"), two ("every outage taught us something about … the code", to a designer learning to code) (r41, set
    // 36 review: "a non sequitur", 7 drafts).
    const words = relevance(goalTerms, o.source, false);
    // Unless it is on the sender's own field as well, one the goal leaves: "code review as a teaching tool", to a teacher moving
    // into software.
    const own = [...terms(o.source).families].some((f) => ownTerms.families.has(f) && !goalTerms.families.has(f));
    // Or on hiring for a job, to a sender after one: "you reviewed around 60 portfolios for your open role this month", to an
    // accountant after a first developer job (r41a paired review).
    const hires = HIRES.test(line) && /\b(?:job|role|position|hired)\b/i.test(me.shortTermGoal ?? '');
    const gr = words >= 2 || own || hires ? Math.max(hires ? 2 : 0, o.goalRelevance ?? 0) : Math.min(1, o.goalRelevance ?? 0);
    // They started where the sender is now ("I started in QA in Recife…", to a junior QA engineer): the strongest reason of all.
    const origin = moving && practice && !!startedWhere(me, line);
    // A line about themselves counts only when it names the sender's kind or bears on the goal; any other only when it is on the goal.
    const score = (origin ? 16 : 0) + (audience && practice ? 10 : 0) + (audience ? 3 : 0) + gr + (practice ? 2 : 0);
    if (!origin && !(practice && (audience || gr >= 2)) && (gr < 3 || (words < 4 && !/\bmy\b/i.test(line)))) continue;
    if (!best || score > best.score) {
      // "…you started in QA in Recife, so you have a soft spot for…": "and have", so the reason's own "so I thought of you" follows it.
      // A line that sets up its post ("Someone asked me how I explain…") is said as what the post is on: "You also write about how you explain…".
      const topic = askedAbout(o.source);
      const said = topic || secondPerson(titlesAsWritten(softLower(line, false))).replace(/, so you (?=\p{Ll}+(?<!ed)\s)/u, ' and ');
      // Nor one whose short form, cut at its first phrase, ends where it should begin ("…that conversation is").
      if (CUT_END.test(said) || CUT_END.test(firstPhrase(said))) continue;
      best = { r: { said, short: firstPhrase(said), source: o.source, audience, practice, ...(o.kind === 'experience' ? { cv: true } : {}), ...(topic ? { about: true } : {}) }, score, gr };
    }
  }
  // No second line beside an opening squarely on the goal, unless it names the sender's kind, starts where they are, or bears
  // on the goal as much: "You also write that you enjoy turning vague product ideas into small, well-tested components", under
  // "Our load tests now run on every release", to a tester moving into performance testing, was a word match (r41, set 37).
  // Only where the line shares no word of the goal that the opening does not share already ("tested", beside "load tests").
  const lead = opener?.quote ? opener.goalRelevance ?? 0 : 0;
  const sharedWith = (text: string) => [...terms(text).stems].filter((st) => goalTerms.stems.has(st));
  const leadWords = new Set(opener?.quote ? sharedWith(opener.source) : []);
  if (best && !best.r.audience && best.score < 16 && lead >= 6 && best.gr < lead - 2 && sharedWith(best.r.source).every((st) => leadWords.has(st))) return null;
  return best?.r ?? null;
}

/** A line that tells the reader what to do: "Let the parent do it…", "Don't demonstrate…", "Ask before you tell". */
export const IMPERATIVE = /^(?:Let|Ask|Praise|Pick|Don't|Do not|Never|Always|Try|Stop|Start|Make|Keep|Write|Use|Build|Learn|Read|Talk|Show|Bring|Be|Get|Find|Focus|Treat|Give|Take|Send|Say)\b(?!\s+(?:is|are|was|were)\b)/i;

/**
 * The reason said back to them: "You also write that you enjoy pairing with analysts"; a line of their job description as
 * what they did, "You also drafted grant applications…" (r16 review: "You also write that you drafted grant applications"
 * read as bolted on, and as if she had written it somewhere).
 */
export function saidBack(r: Reason, line: string, also: boolean): string {
  if (r.about) return `You ${also ? 'also ' : ''}write about ${line}`;
  // Advice written as an order ("Let the parent do it in the session while you coach") is quoted, never "you write that let…" (s21).
  if (IMPERATIVE.test(line)) return `You ${also ? 'also ' : ''}write "${capFirst(line.replace(/[.!]$/, ''))}"`;
  // A line of theirs that says "also" already ("I also host the company's summer internship…") gets it once (s4 unseen pages).
  if (r.cv && /^you\s+also\s/.test(line)) return `You ${line.slice(4)}`;
  // A line of their CV without "also": "You also led teams of 15-18 agents", after who the sender is, read as if the sender
  // had too (r36, set 24 blind review), and "Your page also says…" read as mechanical (r36a paired review).
  return r.cv && /^you\s/.test(line) ? `You ${line.slice(4)}` : `You ${also ? 'also ' : ''}write that ${line}`;
}

/** A line that ends where what it says should begin: "the best way to start that conversation is". */
const CUT_END = /\b(?:is|are|was|were|to|of|the|a|an|and|or|that|than|as|be)$/i;

/**
 * Where they started, said as what it was rather than as a denial: "I didn't start out in charities" → "I started out outside
 * charities", which a career-changer reads as the reason it is (r33, set 19 paired review), where "you write that you didn't…"
 * read as a denial set up for a sentence that never came.
 */
function startedOutside(line: string): string {
  return line.replace(/^I (?:didn't|did not|never) (start(?:ed)?(?: out)?|begin|began) in (?!the\b)(\p{L}[\p{L}\s-]{2,40})$/u, (_, v: string, field: string) => `I started${/out/.test(v) ? ' out' : ''} outside ${field}`);
}
