import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { apprenticeshipTrade, careerTarget, fieldOf } from './aims';
import { firstRoleWanted, jobIn } from './first-role';
import { PAST, gerund, sentences, verbOf } from './clauses';
import { goal } from './goals';
import { goalCut as cutGoal, withoutAdverbs } from './ask';
import { isRole } from './headline';
import { stemOf, terms } from './meaning';
import { orgName } from './names';
import { asWritten, headlineRoles, withRoleArticle } from './titles';
import { aOrAn, fold, withoutLearning, withoutMine } from './text';

/**
 * The sender's goal in the forms a question needs: whole, never cut mid-phrase,
 * and said to a stranger ("make our payment services reliable" → "make payment services reliable";
 * "learn how to run pricing experiments" → "run pricing experiments": the question is about doing it).
 */
export interface GoalForms {
  /** "present forecasts to non-technical stakeholders" (after "if you had to"). */
  inf: string;
  /** "presenting forecasts to non-technical stakeholders". */
  ger: string;
  /** Where a career change leads ("software engineering"), or the field of a first job ("backend engineering"), or ''. */
  target: string;
  /** The target is the field of a first job ("land my first backend engineering job"): starting out, not changing careers. */
  entry?: boolean;
}

/** "land my first backend engineering job" → "backend engineering": the field a student or graduate is starting out in. */
export function entryField(goalText: string): string {
  // A job in a field, said as one ("starting out in battery pack design", never "in full-time engineering": s19); else
  // "my first product manager role": the field is product management ("starting out in product manager" is no field).
  // A job with no field of its own is its work: "starting out in medical receptionist work", never "in medical receptionist".
  const role = firstRoleWanted(goalText);
  const field = fieldOf(role);
  return apprenticeshipTrade(goalText) || jobIn(goalText)?.field || (field === role && /(?:er|ist|or|ant|ian|ee)$/.test(role) ? `${role} work` : field);
}

/** How a question says the sender is heading there: "moving into software engineering", "starting out in backend engineering". */
export const heading = (f: GoalForms) => `${f.entry ? 'starting out in' : 'moving into'} ${f.target}`;

export function goalForms(me: Partial<Me>): GoalForms | null {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (!g) return null;
  const change = careerTarget(g.text);
  const entry = change ? '' : entryField(g.text);
  const target = change || entry;
  const e = entry ? { entry: true } : {};
  if (!g.vp) return { inf: `work towards ${g.text}`, ger: `working towards ${g.text}`, target, ...e };
  const inf = withoutMine(withoutLearning(withoutAdverbs(g.text))).replace(/\s+/g, ' ').trim();
  return { inf, ger: gerund(inf), target, ...e };
}

/** Their role as a person writes it ("a scrum master at Kustbank"), from the current title or the headline; '' when none. */
export function theirRole(profile: Profile, withOrg = false, field = ''): string {
  const current = profile.experience.find((e) => /present/i.test(e.dates ?? '')) ?? null;
  const role = asWritten(profile.current?.title ?? current?.title) || headlineRoles(profile.headline).roles[0] || '';
  if (!role) {
    // No title, but a field in the headline ("Growth Strategy, Consumer & Platform Businesses"): "someone in growth strategy".
    const field = headlineRoles(profile.headline).fields[0];
    return field ? `someone in ${field}` : '';
  }
  // "scrum master and software engineer", to someone starting out in backend engineering: the part in that field; never one
  // that only says the field again ("As a software engineer, … moving into software engineering?": b3 review).
  // Never inside "… of climate and sustainability": one role's field (s19 unseen pages: "as a principal of climate").
  // Nor inside one role's head: "emergency response and mine rescue superintendent" is one job, never "as an emergency
  // response" (s13 unseen pages): split only where every part ends in a word for a person.
  const split = role.split(/\s+and\s+/);
  // "Assessment" ends as "agent" does but names no person: "assessment and curriculum coordinator" is one job (r36, set 22).
  const person = (x: string) => isRole(x) || (/(?:er|or|ist|ant|ent|ian|ic|man|woman|ee|ive)$|^\p{Lu}{2,}$/u.test(x.split(/\s+/).pop() ?? '') && !/(?:ment|ence)$/i.test(x));
  const parts = /\bof\s+\S+\s+and\s/.test(role) || !split.every(person) ? [role] : split;
  const want = terms(field);
  const restates = (x: string) => [...terms(x).stems].every((st) => want.stems.has(st));
  // Else their trade before their ownership: "as a principal architect", never "as a founder" of "Founder & Principal Architect" (r37, set 26).
  const one = parts.find((x) => field && !restates(x) && [...terms(x).families].some((fam) => want.families.has(fam))) ?? (parts.some((x) => OWNS.test(x)) ? parts.find((x) => !OWNS.test(x) && !EXECUTIVE.test(x)) : undefined) ?? parts[0] ?? role;
  const org = withOrg ? orgName(profile.current?.company ?? current?.company) : '';
  const r = withRoleArticle(one);
  return `${/^(?:an?|the)\s/i.test(r) ? r : `${aOrAn(r)} ${r}`}${org ? ` at ${org}` : ''}`;
}

/** Owning the business, said as a title. */
const OWNS = /^(?:co-?founder|founder|owner|proprietor)$/i;
/** Running a business is no trade of its own: "as a CEO" says no more than "as a founder". */
const EXECUTIVE = /^(?:(?:chief\s+\p{L}+\s+officer)|c[etofm]o|managing director|md|(?:medical |clinical |executive |creative )?director|president|chair(?:man|woman|person)?|partner|principal)$/iu;

/** Shared words: a question that names their topic and the goal in the same words says the same thing twice. */
export function overlaps(a: string, b: string): boolean {
  const words = (s: string) => new Set(fold(s).match(/\p{L}{4,}/gu) ?? []);
  const x = words(a);
  return [...words(b)].filter((w) => x.has(w)).length >= 2;
}

/** Whether a question repeats five words or more of a quote, word for word but for their endings ("translating" and "translate"). */
export function echoes(question: string, quote: string): boolean {
  // "made retries boring" and "make retries boring" are one wording (r37: the reason said the line, the question asked it again).
  const words = (s: string) => fold(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).map((w) => stemOf(PAST[w] ?? w));
  const q = ` ${words(question).join(' ')} `;
  const w = words(quote);
  for (let i = 0; i + 5 <= w.length; i++) if (q.includes(` ${w.slice(i, i + 5).join(' ')} `)) return true;
  return false;
}

export interface Bridge {
  q: string;
  frame: string;
  /** It asks about the line the opening named (one question per line of theirs). */
  about?: boolean;
}

/**
 * Questions that join this person's work to this sender's goal, only as far as their page supports it
 * (ARCHITECTURE.md §2: never assume knowledge the profile doesn't show). Their job title alone is no
 * ground for asking them to solve the sender's problem: "As a scrum master, how would you run pricing
 * experiments?" goes to nobody. `about` is the line the opening named; `onGoal`: something on their page
 * is on the sender's problem, so asking what they would do about it is fair.
 */
export function bridges(f: GoalForms, role: string, about: { noun: string; topic: string; quote?: string; said?: string; relevant: boolean; strong?: boolean; practice?: boolean; event?: boolean; advice?: boolean } | null, inTarget: boolean, onGoal = false, anchor = '', page?: ReadonlySet<string>): Bridge[] {
  const out: Bridge[] = [];
  // What it taught them is asked in words their page speaks to (inTheirTerms).
  const goalCut = (ger: string) => (page ? inTheirTerms(cutGoal(ger), page) : cutGoal(ger));
  const asked = (ger: string) => placeOwned(goalCut(ger));
  if (f.target) {
    // Only someone who works where the sender is heading can say what they look for in a newcomer.
    if (role && inTarget) out.push({ q: `As ${role}, what would you look for in someone ${heading(f)}?`, frame: 'look-for' });
    // Only to someone who works there: to anyone else it is a forced join ("listening to customers" and software engineering).
    if (inTarget && about?.relevant && about.topic) out.push({ q: `Would you count ${about.topic} as something to learn before ${heading(f)}, or on the job?`, frame: 'before-or-after', about: true });
    return out;
  }
  if (!onGoal) return out;
  const t = about?.relevant && about.topic && !overlaps(about.topic, f.inf) && !/^\p{L}+ing\b/u.test(about.topic) ? about.topic : '';
  // Named by the line of theirs it builds on ("that post", "your line on idempotent handlers"), so it is theirs alone.
  const frames: Bridge[] = [
    // The goal said once in full (in who I am): the question takes it without its last phrase ("…when presenting forecasts?").
    // Their line and the goal in one question, not "Where do people most often go wrong when …?", which reviewers read as a
    // template in every draft it went to (r10, u13).
    // ("What from that line would help most with …?" read as clumsy: r15.) Only when the line the opening named is squarely
    // on the goal: "apply that idea" to a goal it barely touches read as nonsense (load tests and a job hunt: unseen review).
    // Something they do ("I mentor junior engineers on…") is an approach, not an idea (u15: "apply that idea" to mentoring).
    // Never to the very thing the line is about ("apply that idea to running growth experiments" after their line on the best
    // growth experiments read as circular: a10 review).
    // Something they do or did is asked for what it taught them, not for them to work out the sender's problem ("How would
    // you apply that approach to …?" read as asking him to do the sender's thinking: a10 reviews).
    // A line of theirs that bears on the goal at all will do for that ("We built a simple weekly report…", to someone
    // automating month-end reporting): what it taught them is theirs to say, where "Where do people most often go wrong
    // when …?" could go to anyone.
    // Nor to news ("Today Brian received his admission letter…"): nothing there is an idea (s20 unseen pages).
    // A piece of theirs on the very goal, named by a title with no topic ("Notes for the witness box: how I take notes for long
    // consecutive testimony", to an interpreter getting better at note-taking in long testimony): what took them longest to
    // get right, never "How would you apply that idea to …" the thing it is about (s21 unseen pages).
    ...(anchor && !about?.event && about?.strong && !about.topic && (about.noun === 'article' || about.noun === 'post') && anchor.startsWith('that ') && overlaps(about.quote ?? '', f.inf) ? [{ q: 'Which part of that took you longest to get right?', frame: 'taught', about: true }]
      // Advice of theirs on the very goal ("Let the parent do it in the session while you coach", to a therapist coaching
      // parents): when it fails is theirs to tell, where "How would you apply that idea to getting better at coaching parents…?"
      // asked them to apply their advice to itself (s21 blind review).
      : anchor && about?.strong && about.advice && anchor.startsWith('that ') ? [{ q: 'When has that not worked for you?', frame: 'taught', about: true }]
      // Nor to a line that says what they are, not what they think: "Site manager for multi-family residential buildings in
      // Wrocław", "Interested in site management…" (r32a paired review: "How would you apply that idea…" with no idea stated).
      // Nor to their move into a field ("your line on moving into sales"): it taught them nothing about the sender's promotion
      // (r40, set 34); their move is asked about as one.
      : anchor && !about?.event && (about?.strong || (about?.practice && about.relevant)) && anchor.startsWith('that ') && !(about.topic && overlaps(about.topic, f.inf)) && (about.practice || idea(about.said ?? about.quote ?? '')) && !A_MOVE.test(about.said ?? about.quote ?? '') ? [about.practice ? { q: `What has that taught you about ${asked(f.ger)}?`, frame: 'taught', about: true } : { q: `How would you apply that idea to ${asked(f.ger)}?`, frame: 'wrong', about: true }]
      // Of people in general: "when going out on their own", never "…on my own" (s16).
      : anchor ? [{ q: `Where do people most often go wrong when ${goalCut(f.ger).replace(/\bmy own\b/g, 'their own').replace(/\b(?:my|our)\b/g, 'their')}?`, frame: 'wrong' }] : []),
    // The opening names the topic already: "that idea", not the topic a third time.
    ...(t ? [{ q: `How would you adapt that idea for ${asked(f.ger)}?`, frame: 'adapt', about: true }] : []),
  ];
  if (!frames.length) return out;
  // The question goes back to the line the opening named when it can ("that idea"); the plain "where do people go wrong" only after.
  out.push((frames.find((b) => b.frame === 'taught') ?? frames.find((b) => b.frame === 'adapt') ?? frames[0])!);
  return out;
}

/** Asked what it taught them, a place of one's own is a place: "…about opening a small studio?", never "…about opening my own
 * small studio?" (r37, set 26). Of people in general it stays theirs ("…when opening their own salon?"). */
/** A line on their move into another field: "I was a structural engineer for six years before moving into sales…". */
const A_MOVE = /\b(?:mov(?:ed|ing)|switch(?:ed|ing)|transition(?:ed|ing)|pivot(?:ed|ing))\s+(?:from|into|to)\b/i;
const placeOwned = (s: string) => s.replace(/\b(?:my|our)\s+own\s+(?=((?:[\p{Ll}-]+\s+){0,2})(?:business|company|shop|studio|practice|clinic|salon|restaurant|farm|agency|bakery|caf[eé]|brand|firm)\b)/u, (_m, w: string) => `${/^[aeiou]/i.test(w || 'x') ? 'an' : 'a'} `);

/** Words that describe rather than name a kind of thing ("reliable", "non-technical", "growing"): never dropped by inTheirTerms. */
const DESCRIBES = /^(?:non-|un|in)|(?:al|ic|ive|ous|ful|less|able|ible|ed|ing|ly|ary|ory|est)$/;

/**
 * The sender's goal in words this person's page could speak to: a word naming the kind of a thing their page names but never
 * the kind ("payment" of "making payment services reliable", to someone whose page is on services but never on payments) is
 * left out, so the question asks what they know ("What has that taught you about making services reliable?") rather than
 * pushing the sender's field on them (r36 shared review: "his page never mentions payments"). `page`: the stems of their page.
 */
export function inTheirTerms(phrase: string, page: ReadonlySet<string>): string {
  const has = (w: string) => [...terms(w).stems].some((st) => page.has(st));
  return phrase.replace(/\b([\p{Ll}][\p{Ll}-]{2,})\s+([\p{Ll}]{3,}s)\b/gu, (all, kind: string, head: string) =>
    FUNCTION.has(kind) || DESCRIBES.test(kind) || has(kind) || !has(head) ? all : head);
}

/** Words that are no kind of anything. */
const FUNCTION = new Set(['the', 'our', 'my', 'your', 'their', 'its', 'and', 'for', 'with', 'into', 'from', 'about', 'more', 'most', 'less', 'fewer', 'few', 'many', 'some', 'all', 'any', 'new', 'other', 'own', 'such', 'these', 'those', 'this', 'that', 'what', 'how', 'when', 'where', 'which', 'who', 'why', 'make', 'run', 'build', 'get', 'keep', 'take', 'give', 'find', 'lead', 'grow', 'use', 'write', 'present', 'manage', 'help', 'learn', 'teach', 'move', 'become', 'better', 'bigger', 'larger', 'smaller', 'faster', 'clearer', 'simpler', 'fewer']);

/** A line that holds an idea: it says something with a verb, not who they are or what they are interested in. */
// Nor a condition or an ask ("If that's you…, write to me": r40), nor how long they have been somewhere ("I've been a reporter
// at the Ledger since 2019…", set 34: "How would you apply that idea…?" to a joke about tenure).
const idea = (quote: string) => (verbOf(quote) !== null || /^(?:I|We)(?:'m|'re|'ve|’m|’re|’ve)\s/.test(quote)) && !/^(?:Interested|Passionate|Focused|Keen|Curious|If)\b/.test(quote) && !/\b(?:write to me|DM me|message me|reach out)\b/i.test(quote) && !/^I(?:'ve|’ve| have) been an? [\p{L} ]+ (?:at|with|for) .+ since\b/iu.test(quote);

const WRITTEN = new WeakMap<Profile, { texts: string[]; sentences: string[] }>();
/** What they wrote themselves (About, posts, articles), whole and as sentences; once per page, as every channel's draft asks. */
export function theirWords(profile: Profile): { texts: string[]; sentences: string[] } {
  let w = WRITTEN.get(profile);
  if (!w) {
    const texts = [profile.about ?? '', ...profile.activity.filter((a) => a.kind === 'post' || a.kind === 'article').map((a) => a.text)];
    w = { texts, sentences: texts.flatMap((t) => sentences(t)) };
    WRITTEN.set(profile, w);
  }
  return w;
}

/**
 * What their page says they look for when hiring ("What I look for when hiring junior designers: a small game you actually
 * finished…"), as the words after "look for": '' when it says none. Asked about by pointing back to it, never quoted: the list
 * that follows is theirs to recall, and the sender asks how to show it.
 */
export function lookingFor(profile: Profile): string {
  for (const t of theirWords(profile).texts) {
    const m = /\bWhat I look for ((?:when hiring|in (?:an?\s+)?(?:new|junior|first)?\s*[\p{L}-]+)(?:\s+[\p{L}-]+){0,3}?)\s*:/iu.exec(t);
    if (m?.[1]) return m[1].replace(/\s+/g, ' ');
  }
  return '';
}
