import { careerTarget } from './aims';
import type { Me } from '../settings/schema';
import type { Plan, Slot, Step } from './fit';
import { hash32, pick, type Seed } from './hash';
import { goal } from './goals';
import { gerund, goalGerund } from './clauses';
import { jobIn } from './first-role';
import { atOrg, orgName } from './names';
import { firstNameOf } from '../linkedin/names';
import type { Opener } from './openers';
import { asWritten, withRoleArticle, workAs } from './titles';
import { isRole } from './headline';
import { aOrAn, capFirst, clipWords, plainInsert, withoutMine } from './text';
import { textLength } from './limits';
import { terms } from './meaning';

/** A role without what follows its job: "pharmacist in charge" → "pharmacist", never "a charge" (s24 unseen senders). */
export const jobOf = (role: string) => role.replace(/\s+(?:in|of|for|at)\s+.*$/u, '');

/** Last words of a role that name no work alone: "a team lead", never "a lead". */
const BARE_ROLE = 'returner|lead|leader|head|supervisor|manager|director|coordinator|specialist|officer|assistant|associate|partner|consultant|executive|representative|technician|technologist';
// Two words that name one place of work stay together: "a front desk associate", never "a desk associate" (r35, set 23).
// "Sales development" is one field: "a sales development representative", never "a development representative" (r38, set 29).
const PLACE_OF_WORK = String.raw`(?:front|help|service)\s+(?:desk|office)|front of house|customer (?:service|success|care|support)|shop floor|call cent(?:re|er)|(?:sales|business) development|technical support`;
// Lazily, so the earliest head that reads whole wins.
const ROLE_HEAD = new RegExp(String.raw`^an?\s+(?:.*\s)??((?:${PLACE_OF_WORK}|[\p{L}-]+)\s+(?:${BARE_ROLE})|\p{L}+ing\s+(?:graduate|student))$`, 'u');
const BARE_WORD = new RegExp(`^(?:${BARE_ROLE})$`);

/**
 * The first message, slot by slot (ARCHITECTURE.md §2), in a few plain frames. Variety comes from the pair
 * (sender and person together), never from a bank of reactions: the draft says only what is true.
 */

/** The sender's side, worked out once from settings' `me` (any field may be empty). */
export interface MeParts {
  name: string;
  first: string;
  /** "a data analyst", lower-cased as a person writes it. */
  role: string;
  org: string;
  /** The goal as a verb phrase or noun phrase, without "I'd like to". */
  goal: { vp: boolean; text: string } | null;
  /** What a career-changer does now, in their words ("I teach computer science and Python to high-school students"); '' otherwise. */
  work: string;
}

/** A role typed as the field someone works in, with no job in it. */
const FIELD_ONLY = /^(?:wellness|fitness|beauty|marketing|finance|hospitality|healthcare|health care|education|sales|hr|it|pr|operations|retail|logistics|construction|tech|media|communications|events|administration|accounting|banking|insurance|real estate|social care|childcare)$/i;

export function meParts(me: Partial<Me>): MeParts {
  // "^" marks a flourish in our templates: the user's own words never carry one.
  // A name typed all in lower case ("chloe ashworth") is written as a name (s20 unseen senders); any capital the user typed stays.
  const name = capitalised(clipWords(plainInsert(me.name), 60).replace(/\^/g, ''));
  // A state, not a job ("Retired"): said as it is ("I'm Jae-hoon Park, retired"), never "a retired" (s20 unseen senders).
  // A field, not a job ("Wellness"): "a wellness professional", never "I'm Alex Moreno, a wellness." (r35, set 23).
  const typedRole = clipWords(plainInsert(me.role || roleInWork(me.whatIDo)), 60);
  const written = (/^[b-df-hj-np-tv-z]{2,3}$/.test(typedRole.trim()) ? typedRole.trim().toUpperCase() : asWritten(typedRole)).replace(FIELD_ONLY, (f) => `${/^(?:hr|it|pr)$/i.test(f) ? f.toUpperCase() : f.toLowerCase()} professional`);
  const role = (/^(?:retired|unemployed|self-employed|freelance|between (?:jobs|roles)|on a career break|semi-retired)$/i.test(written) ? written.toLowerCase() : withRoleArticle(written)).replace(/\^/g, '');
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  // A career change says more with what they do now than with a title (r9 blind review: the teacher's drafts never said he teaches CS).
  // Its first clause when it runs long, never cut mid-phrase ("…super-user for our new").
  // Without an aside between dashes ("the front desk of a 96-room hotel in Porto – check-ins, upsells and room moves – and two
  // nights…"), which a cut at its comma left open ("…in Porto – check-ins, and I'm working to…": r31 review).
  const whole = plainInsert(me.whatIDo).replace(/\^/g, '').replace(/[.!]$/, '').replace(/\s+[–—]\s+[^–—]+?\s+[–—](?=\s)/g, '').replace(/\s+[–—]\s+[^–—]*$/, '');
  const first = textLength(whole) > 80 ? (whole.split(/,\s+|\s+and\s+(?=I\b|I'm\b)/)[0] ?? '') : whole;
  // Never the first item of a list ("I teach regression, Bayesian methods and an intro machine learning course…" → "I teach
  // regression", which a reader takes for all of it: r40, set 36): then their role says who they are.
  const listed = first !== whole && first.split(/\s+/).length <= 4 && /^[^,]+,\s+[^,]+?\s+and\s+/.test(whole);
  const work = g && careerTarget(g.text) && textLength(first) <= 80 && !listed ? first : '';
  return {
    // The name they go by, as we greet people: "Md. Tanvir Hossain Chowdhury" signs a note "Tanvir" (linkedin/names.ts).
    name, first: firstNameOf(name, null, []) ?? '', role, org: capitalised(lettersOnly(orgName(me.organisation).replace(/\^/g, ''))),
    // "break into cybersecurity from IT support", said by an IT support technician: where they start is their role, said once.
    goal: g && { ...g, text: fromOwnRole(g.text.replace(/\^/g, ''), me.role ?? '') },
    work: /^I\s+\p{Ll}+\s/u.test(work) && !/[,;:]/.test(work) ? work : '',
  };
}

/** Letters typed alone in lower case, as people write them: a workplace of three letters or four without a vowel ("wmp" → WMP), a role without a vowel ("pc" → PC): r36, set 25. */
const lettersOnly = (s: string) => (/^\p{Ll}{2,3}$|^[b-df-hj-np-tv-z]{4}$/u.test(s.trim()) ? s.trim().toUpperCase() : s);

/** Words typed all in lower case, each capitalised but the small ones ("wythenshawe community food bank" → "Wythenshawe Community Food Bank"). */
function capitalised(s: string): string {
  if (/\p{Lu}/u.test(s)) return s;
  // Letters people write in capitals stay so: "Vertex BPO Solutions", never "Vertex Bpo Solutions" (r34, set 22).
  return s.replace(/\p{L}+/gu, (w, i: number) => (/^(?:bpo|it|hr|ngo|nhs|bbc|ltd|llc|plc|ux|qa|seo|ai|sas|usa|uk|us|eu|un)$/.test(w) && (i > 0 || w !== 'it') ? w.toUpperCase() : i > 0 && /^(?:of|and|the|for|in|on|at|de|da|del|van|von|der|la|le)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

/**
 * A job typed at the start of what they do, when they left the role empty: "kitchen fitter 15 years, own small company" →
 * "kitchen fitter" (s23 unseen senders: a draft from him never said what he was, to a luthier inviting carpenters).
 */
export function roleInWork(whatIDo: string | undefined): string {
  // Its languages in brackets are no part of it: "Backend engineer (Python, Go) for 7 years" (r36, set 25), typed with a capital too.
  const typed = (whatIDo ?? '').trim().replace(/\s*\([^)]*\)/g, '').replace(/^\p{Lu}(?=\p{Ll}+\s)/u, (c) => c.toLowerCase());
  return /^(\p{Ll}+(?:\s\p{Ll}+){0,2}?)\s+(?:for\s+)?\d+\s*(?:years?|yrs?)\b/u.exec(typed)?.[1] ?? '';
}

/** A goal without its closing "from <their role>" when that only repeats the role ("…from IT support", an IT support technician). */
function fromOwnRole(goalText: string, role: string): string {
  // Where it leads said after it: "move from project coordination in manufacturing to a scrum master role", said by a project
  // coordinator, is "move to a scrum master role" (r41, set 37 review: "a project coordinator, working to move from project
  // coordination").
  const mid = /^((?:move|moving|switch|transition|go))\s+from\s+([\p{L}\s-]{2,40}?)(?:\s+in\s+[\p{L}\s-]{2,30}?)?\s+(to|into)\s+(\S.*)$/u.exec(goalText);
  const own = (x: string) => [...terms(x).stems].every((st) => terms(role).stems.has(st)) && terms(x).stems.size > 0;
  if (mid && own(mid[2] ?? '')) return `${mid[1]} ${mid[3]} ${mid[4]}`;
  const m = /\s+from\s+([\p{L}\s-]{2,40})$/u.exec(goalText);
  if (!m || !careerTarget(goalText)) return goalText;
  const mine = terms(role).stems;
  const from = [...terms(m[1] ?? '').stems];
  return from.length && from.every((st) => mine.has(st)) ? goalText.slice(0, m.index) : goalText;
}

/** What the sender hasn't told us that every draft needs (the popup asks for these inline). */
export function missingParts(me: Partial<Me>): ('name' | 'role' | 'goal')[] {
  const p = meParts(me);
  return [...(p.name ? [] : ['name' as const]), ...(p.role ? [] : ['role' as const]), ...(p.goal ? [] : ['goal' as const])];
}

/** Words that only soften ("clearly", "really") go before anything with meaning (ARCHITECTURE.md §3: adverbs second). */
// Never the one word a bare verb says how: "learn to cup properly" is never "learn to cup" (s13 unseen senders).
export const withoutAdverbs = (s: string) => s.replace(/(?<!^\p{L}+|\bto\s+\p{L}+)\s+\p{L}{3,}ly\b(?<!\b(?:only|early|family|daily|weekly|monthly|supply|apply|reply|italy))/giu, '');
/** The goal cut at its last whole phrase ("present forecasts to non-technical managers" → "present forecasts"). */
/** "Day to day", "face to face", "step by step": one phrase, never cut at its "to" ("…what ML engineers do day", r40, set 36). */
const IDIOM = /\b(day|face|one|back|end|door|peer|person|side|step|hand) (to|by) \1\b/gi;
export function goalCut(s: string): string {
  return goalCutRaw(s.replace(IDIOM, (m) => m.replace(/ /g, '\u2060'))).replace(/\u2060/g, ' ');
}

function goalCutRaw(s: string): string {
  // Never right after a word that needs what follows: "deciding whether" for "deciding whether to apply for the engineering
  // manager role" (r38, set 28), nor "deciding whether to apply".
  const m = /^(.{12,}?)(?<!\b(?:whether|how|what|which|where|when|if|apply|applying))\s+(?:to|for|with|in|at|by|on|across|without|under|within|during|starting|beginning)\s+(?!run\b|do\b|make\b|be\b)\S/u.exec(s);
  // Never "get promoted" for "get promoted to assistant executive housekeeper": where to is the goal (s16 unseen senders).
  if (m && /\bpromoted$/.test(m[1] ?? '')) {
    const head = `${m[1]}${/^\s+to\s+/.exec(s.slice(m[1]!.length))?.[0] ?? ''}`;
    const next = /^(.+?)\s+(?:for|with|in|at|by|on|across|without|under|within|during)\s+\S/u.exec(s.slice(head.length));
    return next ? `${head}${next[1]}` : s;
  }
  // Never "getting a team" for "getting a team to ship smaller pull requests": whom they get to do it is half the goal (r39, set 33).
  if (m && /^\s+to\s/.test(s.slice(m[1]!.length)) && /\b(?:get|getting|help|helping|convince|convincing|persuade|persuading|encourage|encouraging|ask|asking|allow|allowing|push|pushing)\s+(?:my|our|the|a|an|his|her|their|your|people|them|us|everyone)(?:\s+\S+){0,2}$/i.test(m[1] ?? '')) return s;
  // Never "getting better" for "getting better at presenting to executives": what follows is the goal itself.
  // Nor "getting confident negotiating" for "…negotiating with suppliers on my own" (s19 unseen senders).
  if (m && /\b(?:better|good|more|comfortable|confident|faster|stronger|fluent|skilled|involved|great)(?:\s+\p{L}+ing)?$/iu.test(m[1] ?? '')) return s;
  // Nor "getting a job" for "getting a job in disease surveillance": the field of the job is the goal (s19 unseen senders).
  // A job at a place is still the job ("getting a junior dispatcher or transport planner job at a haulage company", s20).
  if (m && /\b(?:job|role|position|career)$/i.test(m[1] ?? '') && !/^\s+(?:at|with)\s/.test(s.slice((m[1] ?? '').length))) return s;
  // Nor "raising my wedding package from €1,100" for "…from €1,100 to €1,800": a change is both its ends or neither (s20).
  if (m && /\bfrom\s+\S+$/u.test(m[1] ?? '')) return /^(.{12,}?)\s+from\s/u.exec(m[1] ?? '')?.[1] ?? s;
  // A move from one job to another keeps where it leads: "move up from junior buyer to a category buyer role…" → "move up to a
  // category buyer role…", never "moving up from junior buyer" after "I'm Aaliyah, a junior buyer" (r40, set 35).
  const from = m && /^\s+(?:to|into)\s/.test(s.slice(m[1]!.length)) ? /^(.{3,}?)\s+from\s+(?:\S+\s+){1,3}?\S+$/u.exec(m[1] ?? '') : null;
  if (from) return goalCutRaw(`${from[1]}${s.slice(m![1]!.length)}`);
  // Where the job they leave is said with its place ("move from project coordination in manufacturing to a scrum master role"):
  // the same, never "moving from project coordination" (r41, set 37).
  const fromAt = m ? /^(.{3,}?)\s+from\s+(?:\S+\s+){0,3}?\S+$/u.exec(m[1] ?? '') : null;
  const toAt = fromAt ? /\s(to|into)\s/.exec(s.slice(m![1]!.length)) : null;
  if (fromAt && toAt && toAt.index < 40) return goalCutRaw(`${fromAt[1]} ${toAt[1]} ${s.slice(m![1]!.length + toAt.index + toAt[0].length)}`);
  // A place before what it becomes: the place goes, the change stays ("turn my late parents' farmhouse in Antigonish County into
  // a bed and breakfast" → "…farmhouse into a bed and breakfast", never "turn my late parents' farmhouse": s16 unseen senders).
  const place = m ? /^\s+(?:in|near|at)\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,4}(?=(?:into|to)\s)/u.exec(s.slice(m[1]!.length)) : null;
  if (place && m) return `${m[1]} ${s.slice(m[1]!.length + place[0].length)}`;
  // A licence is to a place: "becoming a licensed architect in Ontario", never "…a licensed architect" said by an architect
  // (r37, set 26 blind review: "I'm Emre, an architect, becoming a licensed architect").
  const where = m && /\b(?:licensed|registered|chartered|certified|accredited)\s+[\p{L}\s-]*$/iu.test(m[1] ?? '') ? /^\s+in\s+((?:\p{Lu}[\p{L}'.-]*\s?){1,3})/u.exec(s.slice(m[1]!.length)) : null;
  if (where && m) return `${m[1]} in ${where[1]!.trim()}`;
  // A word that only leads into what was cut goes with it: "…qualifying route starting in 2027" → "…qualifying route", never
  // "…route starting" (r33, set 19); "…in Chicago like program coordinator" → "…in Chicago".
  // Of two jobs, the first: "land an instructional design or learning and development role" → "land an instructional design
  // role", where a note had no room for the goal at all (r40, set 35).
  const either = /^(.*?\b)an?\s+((?:[\p{L}&-]+\s+){0,2}[\p{L}&-]+)\s+or\s+(?:an?\s+)?(?:[\p{L}&-]+\s+){0,4}?(role|job|position)s?$/u.exec(s);
  if (!m && either) return `${either[1]}${aOrAn(either[2]!)} ${either[2]} ${either[3]}`;
  return m?.[1]?.replace(/\s+(?:starting|beginning|from|like|such as|including|e\.g\.|ideally|preferably|maybe|probably|especially|mainly|mostly)$/iu, '') ?? s;
}

export interface AskParts {
  seed: Seed;
  first: string;
  me: MeParts;
  opener: Opener | null;
  /** Why this person, as its own sentence ("I teach Python…, so your post is close to my own work."); '' when none. */
  link: string;
  /** The same reason in a few words, for a message that runs long ("Your post is close to my own work."). */
  linkShort?: string;
  /** The reason in a few words without the tie ("You also write that you mentor junior engineers."), before it goes. */
  linkBare?: string;
  /** The part of the sender's work the opener shares ("I teach Python"), said in a note. */
  workBit?: string;
  /** The user's own reason for writing, as a note opens with it ("I'm writing because you moved…"); '' when none. */
  own?: string;
  /** What the opening says the opener bears on: the sender's goal, their own career change, or nothing. */
  tie: 'goal' | 'change' | null;
  /** The sender's move is a step up their own line of work ("become an engineering manager"): "the same move", not a change of career. */
  step?: boolean;
  /** The opening touches where a career-changer is heading through one of its words only ("data products", for health-tech product work). */
  thin?: boolean;
  /** The opening is on the sender's very goal, with no other line of theirs to give as the reason: who I am says so. */
  same?: boolean;
  /** A note gives its questions' topic ("…2 questions on that?") room before the rest of who I am. */
  topicFirst?: boolean;
  questions: readonly string[];
  ownQuestions: boolean;
  minutes: number;
  timeZoneLine: boolean;
  direct: boolean;
  /** Where they are, in a word ("Sweden", "Stockholm"), for a page that shows little more. */
  where?: string;
  /** A question repeats the opener's quote: the opening names it by its topic. */
  echoed?: boolean;
}

/** "I'm Marta Kowalska, a data analyst at Vistula Freight", at three sizes. */
export function whoAmI(me: MeParts, withOrg: boolean, firstOnly: boolean): string {
  const name = firstOnly ? me.first : me.name;
  // A role typed as one bare word that needs its business: "the owner of Second Spin Vintage", or "a business owner" where
  // there is no room for it; never "Jess, owner, going full time" (r34, set 21).
  const bare = /^(?:owner|founder|co-?founder)$/i.exec(me.role ?? '')?.[0].toLowerCase();
  const role = bare ? (withOrg && me.org ? `the ${bare} of ${me.org}` : bare === 'owner' ? 'a business owner' : `a ${bare}`) : me.role ? `${me.role}${withOrg && me.org ? atOrg(me.org) : ''}` : '';
  if (name && role) return `I'm ${name}, ${role}`;
  if (name) return `I'm ${name}`;
  if (role) return `I'm ${role}`;
  return '';
}

/**
 * The goal's first clause, for a note that has no room left for their topic otherwise: "get into a cyber security job, SOC
 * analyst or digital forensics maybe" → "get into a cyber security job" (s7: "I read your recent post." named nothing).
 */
function clauseCut(s: string): string {
  const first = /^(.{16,}?)(?:,\s|\s+(?:so|so that|before|when|because|while|once|until|but)\s)/u.exec(s)?.[1] ?? s;
  // Never a clause too short to say what it is about: "improve our processing" without "so more of our coffee makes PSC" (r30a).
  return first.split(/\s+/).length >= 4 ? first : s;
}

function aim(g: MeParts['goal'], cut: 0 | 1 | 2 | 3 | 4 | 5): string {
  if (!g) return '';
  if (cut === 5) return aim({ ...g, text: clauseCut(g.text) }, 3);
  // The shortest form of a career change: "change careers into software engineering" → "moving into software engineering".
  // Up to a second aim: "move from the kitchen into management and be running a restaurant" → "moving into management".
  const into = careerTarget(g.text);
  if (cut === 3 && into && /\b(?:career|move|moving|switch|transition|change|changing|pivot)\b/i.test(g.text)) return `moving into ${into.trim()}`;
  // A job in a field, short: "landing a first full-time engineering job in battery pack design" → "looking for a first job in
  // battery pack design", so a note has room left to name their line (s19 unseen senders).
  const job = cut === 3 ? jobIn(g.text) : null;
  if (job) return `looking for a ${job.first ? 'first ' : ''}job in ${job.field}`;
  // Two jobs named, short of room: the first ("…as a community fundraising officer or fundraising assistant at a charity" →
  // "…as a community fundraising officer"), never "a junior dispatcher" cut from "…or transport planner job" (s20 senders).
  const either = cut === 3 ? /^(.{12,}?\b(?:as\s+an?|an?)\s+[\p{L}\s-]*?\p{L}+(?:er|or|ist|ant|ent))\s+or\s+(?![^,]*?\b(?:job|role|position)s?\b)[\p{L}\s-]+?(?=\s+(?:at|in|for|with)\s|$)/u.exec(g.text) : null;
  if (either?.[1] && either[1] !== g.text) return aim({ ...g, text: either[1] }, cut);
  // A note has no room for the organisation, so "our" would point nowhere ("making our payment services reliable").
  const bare = cut >= 3 ? withoutMine(g.text) : g.text;
  if (bare !== g.text) return aim({ ...g, text: bare }, cut);
  if (cut === 4) return g.vp ? goalGerund(withoutAdverbs(g.text)) : aim(g, 1);
  if (cut === 3) return g.vp ? goalGerund(goalCut(withoutAdverbs(g.text))) : aim(g, 2);
  const text = cut === 0 ? g.text : cut === 1 ? withoutAdverbs(g.text) : goalCut(withoutAdverbs(g.text));
  // "working to learn to automate…" says learning twice: "learning to automate…" (notes review).
  // Nor "working to work abroad" (r32, set 17): "looking to work abroad".
  return g.vp ? (/^learn\s/i.test(text) ? `learning ${text.replace(/^learn\s+/i, '')}` : /^work\s/i.test(text) ? `looking to ${text}` : `working to ${text}`) : `working towards ${text}`;
}

/** Who I am and what I'm working towards (ARCHITECTURE.md §2), then why this person in its own sentence. */
function whoLevels(p: AskParts): string[] {
  const g = p.me.goal;
  const same = (cut: 0 | 1 | 2) => (p.same && g?.vp ? `and I'm working on something close to that: ${gerund(cut === 0 ? g.text : cut === 1 ? withoutAdverbs(g.text) : goalCut(withoutAdverbs(g.text)))}` : '');
  const one = (withOrg: boolean, cut: 0 | 1 | 2, link: boolean | 'short' | 'bare') => {
    const who = whoAmI(p.me, withOrg, false);
    // On the sender's very problem, and nothing else of theirs to name: the tie said inside who I am ("…, and I'm working on
    // something close to that: presenting forecasts…"; never "the same thing", which their line may not be), not as a stock
    // sentence of its own ("Your line is close to that goal, which is why I'm asking you": r15 paired review, 30 to 0).
    const goalPart = (who && link && same(cut)) || aim(p.me.goal, cut);
    if (!who && !goalPart) return '';
    const head = who ? (goalPart ? `${who}, ${goalPart}` : who) : `I'm ${goalPart}`;
    const why = link === 'bare' ? p.linkBare || p.linkShort || p.link : link === 'short' ? p.linkShort || p.link : link ? p.link : '';
    return `${capFirst(head)}.${why ? ` ${why}` : ''}`;
  };
  // The reason stays longest (ARCHITECTURE.md §3): the organisation, then the goal's adverbs and last phrase go first.
  // The goal is never cut mid-phrase in a message ("working to present forecasts" loses its point).
  // A tie to the goal is a few words and is the reason itself: it stays to the end.
  // "I'm Daniel Tremblay. I teach computer science and Python to high-school students, and I'm working to change careers…",
  // not "…in Excel and am working to move…", which a blind reviewer read as a run-on (r15).
  const tied = same(0);
  // What they do stays before the reason's long form: short of room, the reason is said shortly first (r18 paired review: "I run
  // warehouse operations and build our weekly reports in Excel" lost to a longer reason, 0 to 3).
  const work = (link: boolean | 'short') => {
    const why = link === 'short' ? p.linkShort || p.link : link ? p.link : '';
    return p.me.work && p.me.name && p.me.goal ? `I'm ${p.me.name}. ${p.me.work}, ${(link && tied) || `and I'm ${aim(p.me.goal, 0)}`}.${why ? ` ${why}` : ''}` : '';
  };
  return [work(true) || one(true, 0, true), work(p.workBit ? true : 'short') || one(false, 0, true), one(false, 0, true), one(false, 1, true), one(false, 1, 'short'), one(false, 1, p.tie === 'goal' || p.linkShort ? 'bare' : false), one(false, 1, false)];
}

/** The opening: the opener named in a plain frame chosen by the pair, and what it bears on; sizes for shortening. */
function openingLevels(p: AskParts): string[] {
  const o = p.opener;
  if (!o) return ['[Name something of theirs you read, and why it matters to you.]'];
  const frame = hash32(`open\u0000${p.seed}`) % 2;
  const say = (name: string, too = true) => {
    if (/^that /.test(name)) return `I saw ${name}.`;
    // Their invitation, answered: they asked people like the sender to write (invitation.ts).
    if (o.invite && name.includes(`"${o.quote}"`)) return `You wrote "${o.quote}", so here I am.`;
    if (o.invite && /^your offer to /.test(name)) return `I'm taking you up on ${name}.`;
    if (p.tie === 'change' && too) return `I'm writing about ${name}, as I'm ${p.step ? 'making the same move' : 'changing careers too'}.`;
    // Their first step into running others, to a sender after that step (openers.ts `climb`): why them, said (r39, set 31).
    if (o.kind === 'move' && o.climb && too) return `I noticed ${name}, the kind of step I'm hoping to make.`;
    if (o.kind === 'move') return `I noticed ${name}.`;
    // Only a title on the page: say what it shows, once, plainly.
    // Never "at Galway County Council in Galway" (s25 review).
    if (!o.quote && (o.kind === 'experience' || o.kind === 'headline')) return `I'm writing to ask about your ${o.kind === 'headline' && o.topic ? `work in ${o.topic}` : `${/^your earlier /.test(o.name) ? 'earlier ' : ''}${workAs(o.detail)}`}${p.where && !o.detail.includes(p.where) ? ` in ${p.where}` : ''}.`;
    // A name for their work rather than for something they wrote ("your work as a learning designer"): never "I read" it.
    return frame || /^your (?:earlier )?work\b/.test(name) ? `I'm writing about ${name}.` : `I read ${name}.`;
  };
  const bare = o.kind === 'about' ? 'a line in your About section' : o.kind === 'post' || o.kind === 'article' ? `your recent ${o.kind}` : o.short;
  // The shortest way to still name it ("your line \"Idempotent handlers made retries boring\""), before the bare kind.
  // Never a title cut at its colon ('your article "From newsroom to product team"'): a message has room for the whole of it.
  const cutTitle = (t: string) => o.quote.startsWith(`${/"(.*)"$/.exec(t)?.[1] ?? '\u0000'}:`);
  const tiniest = [...o.tiny].reverse().find((t) => /^your (?:line|post|article) (?:on |")/.test(t) && textLength(t) < textLength(o.short) && !cutTitle(t)) ?? o.short;
  // A career-changer short of room keeps "as I'm changing careers too" (r14 review: the reason said); last, their line whole without it, never "your recent article".
  if (p.tie === 'change' && o.quote) return [say(o.name), say(o.short), say(tiniest), say(o.name, false)];
  // Their invitation, quoted, then by whom it invites ("I'm taking you up on your offer to cadets").
  const offer = o.invite ? o.tiny.find((t) => /^your offer to /.test(t)) : undefined;
  if (offer) return [say(o.name), say(offer), say(offer), say(offer)];
  return [say(o.name), say(o.short), say(tiniest), say(bare)];
}

const ASKS = [
  "I know you're busy, but would you be open to a {minutes}-minute virtual coffee chat in the coming weeks?",
  "I know your time is limited, so I'd be grateful for {minutes} minutes on a virtual coffee chat in the coming weeks.",
  "Would you have {minutes} minutes for a virtual coffee chat in the coming weeks? I know you're busy, so I'll keep to time.",
];
const EASY = [
  "I'm happy to fit around your schedule. Thank you for considering it.",
  'Any time that suits you works for me. Thank you for considering it.',
  'I can fit around your calendar. Thanks for considering it.',
];
const TIME_ZONE = "We're in different time zones, so I'm happy to fit your hours.";
export const GREETINGS = ['Hi {first},', 'Hello {first},', 'Dear {first},'];
export const NOTE_GREETINGS = ['Hi {first},', 'Hello {first},'];
export const NAMELESS_GREETINGS = ['Hello,', 'Hi,'];
export const SIGN_OFFS = ['Best,\n{me}', 'Kind regards,\n{me}', 'Best wishes,\n{me}'];

function questionLevels(p: AskParts): string[] {
  const qs = p.questions;
  if (qs.length === 0) return [''];
  if (qs.length === 1) return [`One question I'd like to ask: ${qs[0]}`];
  const list = (n: number) => [`${n === 2 ? 'Two' : 'Three'} questions:`, ...qs.slice(0, n).map((q) => `- ${q}`)].join('\n');
  if (p.ownQuestions) return [list(Math.min(3, qs.length))];
  return qs.length >= 3 ? [list(3), list(2)] : [list(2)];
}

const pickBy = <T>(bank: readonly T[], p: AskParts, salt: string) => pick(bank, p.seed, salt);

/**
 * Message, InMail and email: greeting; opening; who I am and why you; the ask and the questions;
 * time zone and thanks; sign-off. Aiming at about 600 characters, it shortens in ARCHITECTURE.md §3's order:
 * courtesy first, then the third question, the link sentence's detail, the organisation, and last the
 * quoted detail (named by its topic instead). It never drops the name, the goal or the questions.
 */
export function messagePlan(p: AskParts): Plan {
  const easy = pickBy(EASY, p, 'easy');
  const slots: Slot[] = [
    { id: 'greet', para: 0, levels: [p.first ? pickBy(GREETINGS, p, 'greeting') : 'Hi [name],'] },
    { id: 'open', para: 1, levels: ((l) => (p.echoed ? [l[1] ?? '', ...l.slice(1)] : l))(openingLevels(p)) },
    // Levels keep their places (the ladder names them by number), even when two read the same.
    { id: 'who', para: 1, levels: whoLevels(p) },
    { id: 'ask', para: 2, levels: [pickBy(ASKS, p, 'ask'), "I know you're busy, but could we have a {minutes}-minute virtual coffee chat in the coming weeks?", "I know you're busy, but could we have a {minutes}-minute call in the coming weeks?"] },
    { id: 'questions', para: 2, levels: questionLevels(p) },
    { id: 'tz', para: 3, levels: [p.timeZoneLine ? TIME_ZONE : '', ''] },
    // Every message stays flexible about time: the time-zone line says it, or this one does.
    { id: 'easy', para: 3, levels: [p.timeZoneLine ? easy.slice(easy.lastIndexOf('. ') + 2) : easy, p.timeZoneLine ? 'Thank you!' : "I'll fit your schedule. Thank you!"] },
    { id: 'sign', para: 4, levels: [p.me.name ? pickBy(SIGN_OFFS, p, 'sign') : ''] },
  ];
  const ladder: Step[] = [
    // Courtesy goes first (ARCHITECTURE.md §3): "I'll fit your schedule. Thank you!" still says both, and leaves room for the reason.
    'plain', { slot: 'easy', level: 1 }, { slot: 'questions', level: 1 }, { slot: 'ask', level: 1 },
    // The reason in its short form goes before the opening loses its quote: the line they wrote is the hook.
    { slot: 'who', level: 1 }, { slot: 'ask', level: 2 }, { slot: 'who', level: 2 }, { slot: 'who', level: 3 }, { slot: 'open', level: 1 }, { slot: 'open', level: 2 }, { slot: 'who', level: 4 }, { slot: 'who', level: 5 }, { slot: 'open', level: 3 },
  ];
  return { slots, vars: vars(p), ladder, layout: 'message', plain: p.direct, keep: ['first'], restore: ['who', 'open', 'questions'] };
}

/**
 * Connection note (ARCHITECTURE.md §3): name and topic, who and why, the ask, thanks, in 200 characters.
 * Shortening: courtesy, then adverbs, then my organisation, then the quote (named by its topic),
 * then my full name (first name stays), then the goal's softer words and its last phrase.
 */
export function notePlan(p: AskParts): Plan {
  const o = p.opener;
  const titleOnly = !!o && !o.quote && (o.kind === 'experience' || o.kind === 'headline');
  const open = (name: string, tied = false) =>
    !o ? '[Their topic.]'
      : /^that /.test(name) ? `I saw ${name}.`
      : o.invite && /^your offer to /.test(name) ? `I'm taking you up on ${name}.`
      : tied ? `${name} is close to my goal.`
      : titleOnly && /^your work (?:as|in) /.test(name) ? `I see you're ${name.replace(/^your work as /, '').replace(/^your work in /, 'working in ')}${p.where ? ` in ${p.where}` : ''}.`
      // What the page shows, said as such: "I saw your work at Alzette Re" claimed the sender had seen work of theirs (s21 blind
      // review).
      : titleOnly && /^your (?:earlier )?work at /.test(name) ? `I see you ${/^your earlier /.test(name) ? 'worked' : 'work'} ${name.replace(/^your (?:earlier )?work /, '')}.`
      : o.kind === 'experience' || o.kind === 'headline' || o.kind === 'move' ? `I saw ${name}.` : `I read ${name}.`;
  const bare = !o ? '' : o.kind === 'experience' || o.kind === 'move' || o.kind === 'headline' ? 'your work' : o.kind === 'about' ? 'your About section' : `your recent ${o.kind === 'article' ? 'article' : 'post'}`;
  const names = o ? [o.short, ...o.tiny.filter((t) => t !== o.short)] : [];
  // The topic with what it bears on ("your post on simple dashboards … is close to my goal"), then the topic alone.
  // Only for a line that shares more than a word with the goal: "your line on renal nutrition in West Africa is close to my
  // goal", to someone opening a bakery, claimed what one shared word never showed (r27).
  const tiedNames = p.tie === 'goal' && (o?.goalRelevance ?? 0) >= 3 ? names.filter((n) => textLength(n) <= 70).map((n) => open(n, true)) : [];
  // The user's reason says more than any line the composer found: it opens the note when it fits.
  const openLevels = [...(p.own && o ? [p.own] : []), ...(o ? [...tiedNames, ...names.map((n) => open(n)), open(bare)] : [open('')])];
  const step = (k: number): Step[] => (k < openLevels.length - 1 ? [{ slot: 'open', level: k }] : []);
  // Shorter roles, in order: without its rank or kind of school ("a junior backend engineer" → "a backend engineer", not
  // "an engineer"), then its last word ("a computer science student" → "a student"), which keeps the opening's topic.
  const an = (w: string) => `${aOrAn(w)} ${w}`;
  // A licence and its grade go too: "a licensed helicopter engineer B1.3" → "a helicopter engineer" (s14, whose note had no room
  // left to name their work).
  const ranked = p.me.role.replace(/^an?\s+(?:(?:junior|senior|lead|principal|staff|associate|assistant|freelance|aspiring|licensed|certified|chartered|registered|\p{L}+-(?:school|year))\s+)+(\S)/u, (_, c: string) => an(c))
    .replace(/^(an?\s+\p{L}.*?\p{L})\s+\p{Lu}*\d[\p{L}\d.]*$/u, '$1');
  // A last word that says nothing alone keeps the word before it: "a team lead", "a product manager", never "a lead" (r15
  // paired review) or "a coordinator" (r14 notes review).
  // A role written head first, as Spanish or French write it ("a productor de café", "a técnico en emergencias médicas"),
  // has no last word to stand for it: never "I'm Mateo, a café" (s13 unseen senders).
  const headFirst = /\s(?:de|del|en|du|des|da|do|di|della)\s/iu.test(ranked.split(/\s+(?:and|&|\/)\s+/).pop() ?? '');
  // Nor one whose last word names no person, as Spanish and Portuguese put the adjective last ("a mecanico automotriz", never
  // "an automotriz"; "an eletricista industrial", never "an industrial": s14 unseen senders).
  const lastWord = /^an?\s+(?:.*\s)?(\p{L}+)$/u.exec(jobOf(ranked))?.[1] ?? '';
  // Nor one whose first word makes it another job: "a night auditor" is no "auditor" (s16), "a dental nurse" no "nurse", "a
  // teaching assistant" no "assistant", "a youth worker" no "worker" (r32 set 18 and r33 set 19 blind reviews), "a nail artist"
  // no "artist" (r35, set 23).
  const bound = /^an?\s+(?:night|former|dental|veterinary|vet|oral|mental health|social|youth|care|support|teaching|community|health|pharmacy|nursery|school|lab|laboratory|practice|probation|housing|family|nail|makeup|make-up|tattoo|massage|yoga|pilates|dance|music|art|sports|fitness|beauty|hair|lash|brow|speech|sign language)\s+\p{L}+$/iu.test(ranked);
  const last = headFirst || bound || (!isRole(lastWord) && /(?:iz|al|ale|ile|ar|ico|ica|ivo|iva|ario|aria|oso|osa)$/i.test(lastWord) && !/^(?:principal|general)$/i.test(lastWord)) ? '' : lastWord;
  const head = headFirst ? '' : ROLE_HEAD.exec(ranked)?.[1] ?? last;
  // Its last word alone ("a coordinator") only where the goal would go otherwise (r15 paired review: 8 to 5 for the role kept),
  // never a word that names no work ("I'm Minji, a leader", s24: a call center team leader): then no role, and the goal stays.
  // Two jobs ("a sales assistant and key holder"): the first, whole, never the second's last word ("a holder", r36, set 24).
  // Only where the first is a job of its own: "an urban and regional planning graduate" is one.
  const first = [/^(an?\s+\S.*?)\s+and\s+\S/u.exec(jobOf(ranked))?.[1] ?? ''].find((x) => /(?:er|or|ist|ant|ian|ee)$/i.test(x.split(/\s+/).pop() ?? '') || isRole(x.split(/\s+/).pop() ?? '')) ?? '';
  const roles = first ? [p.me.role, ranked, first, first] : [p.me.role, ranked, head ? an(head) : ranked, last && !BARE_WORD.test(last) ? an(last) : last ? '' : ranked];
  const who = (withOrg: boolean, firstOnly: boolean, cut: 0 | 1 | 2 | 3 | 4 | 5, shortRole: 0 | 1 | 2 | 3 = 0) => {
    const me = { ...p.me, role: roles[shortRole]! };
    const w = whoAmI(me, withOrg, firstOnly);
    const g = aim(p.me.goal, cut);
    if (!w && !g) return '';
    return `${capFirst(w ? (g ? `${w}, ${g}` : w) : `I'm ${g}`)}.`;
  };
  // What of the sender's own work the opener shares, and the goal: "I'm Daniel. I teach Python and am moving into software engineering."
  const work = (cut: 3 | 4) => (p.workBit && p.me.first && p.me.goal?.vp ? `I'm ${p.me.first}. ${p.workBit} and am ${aim(p.me.goal, cut)}.` : '');
  // Their move opens the note: the sender's own move is the reason, said as one ("making a move of my own, into product work").
  const into = p.tie === 'change' && p.me.goal ? /\b(?:into|to)\s+((?:[\p{L}-]+\s?){1,4})$/u.exec(p.me.goal.text)?.[1]?.trim() ?? '' : '';
  // Their move from the sender's very job (openers.ts `mirror`): "making the same move", where the goal said the titles again (s16).
  // Without a role, a comma all the same: "I'm Jordan, making a move of my own…", never "I'm Jordan making…" (r37, set 26).
  const named = p.me.role ? `, ${p.me.role},` : ',';
  const same = p.tie === 'change' && p.step && o?.mirror && p.me.first ? `I'm ${p.me.first}${named} making the same move.` : '';
  const change = same || (into && p.me.first ? `I'm ${p.me.first}${named} making a move of my own into ${into}.` : '');
  const n = p.questions.length >= 3 && p.ownQuestions ? 3 : 2;
  // Only when the opening bears on the goal: "questions on that" to someone whose page shows nothing of it promises
  // questions they can't answer (notes review, n2: lost every such pair).
  // Or on what of the sender's own work it shares, said just before ("I teach Python", after "Python Threads: Myth or
  // Reality?"), to a pair the popup calls a good fit (compose-ask.ts): r37's shared review held that note at Q 3 for "2
  // questions" with no topic.
  const on = p.me.goal && (p.tie === 'goal' || !!o?.climb || ((o?.goalRelevance ?? 0) >= 2 && !p.thin) || (!!p.workBit && !p.thin && !!p.topicFirst)) ? ' on that' : '';
  const slots: Slot[] = [
    { id: 'greet', para: 0, levels: [p.first ? 'Hi {first},' : 'Hi [name],'] },
    { id: 'open', para: 0, levels: openLevels },
    { id: 'who', para: 0, levels: [change || who(true, false, 0), change || work(4) || who(false, true, 0), work(4) || who(false, true, 4), work(3) || who(false, true, 3), who(false, true, 3, 1), who(false, true, 3, 2), who(false, true, 5, 2), who(false, true, 5, 3), p.me.first ? `I'm ${p.me.first}.` : ''] },
    { id: 'tz', para: 0, levels: [p.timeZoneLine ? 'Happy to fit your time zone.' : '', ''] },
    // "On that": the questions are on the goal just said (a5 and a10 reviews: no note said what its questions were about).
    // "When you have 20 minutes" says they are busy and the time is theirs (notes review: A = 3 in every note without it).
    // The ladder cuts to the plain forms (4, 9, 10); what room is left once the opening and who I am are back goes to the
    // fullest form that fits (restore, last).
    // Where a few characters allow, the time stays theirs ("When you have 20 minutes, could I ask 2 questions?"). The plainest
    // forms keep it too, a character shorter than "…in a 20-minute call?", which every r16 reviewer scored a point lower on the
    // ask: "Could I ask 2 questions if you have 20 min?" (s19 paired review, 26 to 11, 9 ties).
    { id: 'ask', para: 0, levels: [
      `I know you're busy, but could I ask you ${n} questions${on} in a {minutes}-minute call?`, `When you have {minutes} minutes for a call, could I ask you ${n} questions${on}?`,
      `When you have {minutes} minutes, could I ask you ${n} questions${on}?`, `When you have {minutes} minutes, could I ask ${n} questions${on}?`, `Could I ask you ${n} questions${on} if you have {minutes} min?`,
      // The topic before "minutes" and "you": "When you have 20 min, could I ask 2 questions on that?" is no longer than the
      // plain form with both (r17 notes review: Q = 3 in every note that left its questions' topic unsaid).
      `When you have {minutes} min, could I ask ${n} questions${on}?`,
      // With `topicFirst`, the topic stays and who I am gives up a word instead (compose-ask.ts weighs what that cost). Shortest
      // with the time still theirs: "Would you have 20 min for 2 questions on that?" (r25e: Q = 3 in every note without "on that").
      ...(p.topicFirst && on ? Array<string>(5).fill(`Would you have {minutes} min for ${n} questions${on}?`) : [
      `When you have {minutes} minutes, could I ask you ${n} questions?`, `When you have {minutes} minutes, could I ask ${n} questions?`,
      // "min", as a person writes it in a note (DRAFTS.md's own notes: "a 15-min call"): four characters over the plainest form.
      `When you have {minutes} min, could I ask ${n} questions?`, `Could I ask you ${n} questions if you have {minutes} min?`, `Could I ask ${n} questions if you have {minutes} min?`]),
    ] },
    { id: 'easy', para: 0, levels: ['Thank you for considering it.', 'Thank you!', 'Thanks!'] },
  ];
  const ladder: Step[] = [
    // "Thanks!" is as much thanks as "Thank you!": it goes first, to leave room for the time being theirs.
    { slot: 'tz', level: 1 }, { slot: 'easy', level: 1 }, { slot: 'easy', level: 2 }, { slot: 'ask', level: 4 }, 'plain', { slot: 'ask', level: 9 }, { slot: 'who', level: 1 },
    ...step(1), { slot: 'who', level: 2 }, { slot: 'ask', level: 10 }, ...step(2), { slot: 'who', level: 3 },
    ...step(3), ...step(4), ...step(5), ...step(6), ...step(7), ...step(8), ...step(9), { slot: 'who', level: 4 }, { slot: 'who', level: 5 },
    // The goal's first clause before their topic goes: a topic is what the note is about.
    { slot: 'who', level: 6 },
    { slot: 'open', level: openLevels.length - 1 },
    // The role by its last word alone only when nothing else is left to shorten (a page that could not be read).
    { slot: 'who', level: 7 },
    // Only for absurd input (a 500-character goal): the reason goes before the ask is cut.
    { slot: 'who', level: 8 },
  ];
  return { slots, vars: vars(p), ladder, layout: 'note', plain: p.direct, keep: ['first'], restore: ['open', 'who', 'ask'] };
}

function vars(p: AskParts): Record<string, string> {
  return { first: p.first, minutes: String(p.minutes), me: p.me.name };
}
