import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { goal, missingSkill } from './goals';
import { namesIn, relevance, terms, type Terms } from './meaning';
import { aOrAn, clipWords, plainInsert } from './text';

/**
 * What the sender is after, part by part (ARCHITECTURE.md §1), so a draft can say truthfully WHICH of their
 * aims a line of the person's bears on: the goal ("close to what I'm working on"), their own daily
 * work ("close to my own work"), the longer-term goal, or a skill they lack. Nothing else is claimed.
 */
export type AimKind = 'goal' | 'work' | 'later' | 'skill';

export interface Aim {
  kind: AimKind;
  /** The sender's words as a draft can say them ("lead a platform team", "I teach Python to…"). */
  text: string;
  terms: Terms;
}

/** A career-change goal names where it leads ("change careers into software engineering"). */
export const CAREER = /\b(?:careers?|move into|moving into|mov(?:e|ing) to (?!the\b|a new\b|(?:an? )?[^.,]{0,40}\b(?:role|job|position)\b)|get(?:ting)? into (?!the habit\b)|mov(?:e|ing) from [\p{L}\s-]{2,30}? (?:into|to)|transition|switch|shift(?:ing)? (?:into|to)|change (?:into|to)|changing|pivot|break into|become|becoming)\b/iu;

/** Where a career-change goal leads: "change careers into software engineering" → "software engineering". */
/** An apprenticeship in a trade is the way into it: "start a carpentry apprenticeship" → "carpentry" (r32, set 17). */
export function apprenticeshipTrade(goalText: string): string {
  const trade = /\b(?:start|begin|get|land|find|do)\s+(?:a|an|my)\s+(?:first\s+)?([\p{L}-]+(?:\s[\p{L}-]+)?)\s+apprenticeship\b/iu.exec(goalText)?.[1];
  return trade && !/^(?:new|good|proper|paid|real|formal)$/i.test(trade) ? trade.toLowerCase() : '';
}

export function careerTarget(goalText: string): string {
  if (!CAREER.test(goalText)) return '';
  // "UX/product design" is one field, slash and all (r38, set 28).
  const m = /\b(?:into|to|towards?)\s+(?:a\s+|an\s+)?(?:career\s+in\s+|role\s+in\s+)?((?:[\p{L}-]+\/)?[\p{L}\s-]{3,40}?)(?:\s+(?:role|roles|career|position|job|jobs))?$/u.exec(goalText);
  // "break into cybersecurity from IT support": where it leads, not where it starts.
  // "move into a cost management or QS team": the first of two, without the word for a group ("cost management", s20).
  // Of "reservations or revenue analyst", the one that names a job, not a lone word before it (s20 unseen senders).
  // Where they would do it is no part of the field: "UX research in bank or fintech" leads to UX research (s23).
  // "into a QA tester role at a software company": the job, without the place or the word "role" ("QA tester work", r38, set 28).
  const placed = (m?.[1] ?? '').replace(/\s+from\s+.*$/u, '').replace(/^(\S+\s+\S+.*?)\s+(?:in|at)\s+(?:an?\s+|the\s+)?[\p{L}\s-]+$/u, '$1');
  const roleWord = placed !== (m?.[1] ?? '') && /\s(?:role|position|job)$/.test(placed);
  const [one = '', other] = placed.replace(/\s+(?:role|position|job)$/u, '').split(/\s+or\s+/);
  // "Move to Lisbon" is no change of career (a place, in capitals; "UX research" is one).
  if (m?.[1] && /^\s*\p{Lu}\p{Ll}/u.test(one) && /\bmov(?:e|ing)\b.*\bto\s+\p{Lu}\p{Ll}/u.test(goalText)) return '';
  // A workplace ("a customs agency") keeps its article: "moving into a customs agency", "You work in a customs agency".
  const WORKPLACE = /\b(?:agency|firm|company|bank|consultancy|ministry|hospital|studio|startup|start-up|brokerage)$/i;
  if (m?.[1] && WORKPLACE.test(one.trim()) && !other) return `a ${one.trim()}`;
  // Two kinds of one workplace ("a government or mission hospital"): both, as written, never "moving into mission hospital" (s24).
  if (m?.[1] && other && !/\s/.test(one.trim()) && WORKPLACE.test(other.trim())) return `${aOrAn(one)} ${one.trim()} or ${other.trim()}`;
  if (m?.[1]) {
    const job = (other && !/\s/.test(one.trim()) && /\s/.test(other.trim()) ? other : one).replace(/^(?:the\s+)?(.+?)\s+(?:team|department|function|group|unit)s?$/u, '$1').trim();
    // A job typed as its letters ("an HRBP role") keeps its role: "moving into an HRBP role", never "into HRBP" (r38, set 29).
    if (/^\p{Lu}{2,5}$/u.test(job) && /\s(?:role|position|job)s?$/.test(goalText)) return `${aOrAn(job)} ${job} role`;
    const field = fieldOf(job);
    // One post, named as such ("the Emergency Response Coordinator role"): that role, never "…Coordinator work" (s13 senders).
    if (/^the\s/i.test(job) && /\s(?:role|position)$/.test(goalText)) return `${job} ${/position$/.test(goalText) ? 'position' : 'role'}`;
    // A job with no field of its own, named as one ("a dispatcher or shift planner job"): "shift planner work" (s24).
    return field === job && (roleWord || /\s(?:role|roles|position|job|jobs)$/.test(goalText)) && /(?:er|or|ist|ian|al)$/.test(field) ? `${field} work` : field;
  }
  // "move into an HR assistant or HR generalist role in retail": the field of the first job named ("HR"), where the whole
  // phrase read twice in one draft (s20 unseen senders).
  const jobs = /\binto\s+(?:an?\s+)?((?:[\p{L}&-]+\s){0,2}?[\p{L}&-]+)(?:\s+or\s+([^,]{2,40}?))?\s+(?:role|job|position)s?\b/u.exec(goalText);
  // Of "a reservations or revenue analyst role", the one that names a job ("revenue analyst"), not a lone word before it.
  const job = jobs?.[2] && !/\s|\p{Lu}{2}/u.test(jobs[1] ?? '') && /\s/.test(jobs[2]) ? jobs[2] : jobs?.[1];
  // One word that is a job or says what kind of work ("a paralegal role", "a clinical role"): "paralegal work", never "moving
  // into paralegal" (r36, set 25).
  // A field in the plural where its singular names a thing ("clinical trial assistant" → "clinical trials", r38, set 30: "move
  // into clinical trial").
  const named = job ? fieldOf(job.replace(/\s+(?:assistant|generalist|associate|coordinator|officer|specialist|intern|trainee)$/u, '')).replace(/\b(trial|study|project|operation|sale|event)$/u, '$1s') : '';
  if (job && /^\p{Lu}{2,5}$/u.test(job)) return `${aOrAn(job)} ${job} role`;
  if (job) return named === job && !/\s/.test(job) && /(?:er|or|ist|ian|al)$/.test(job) ? `${job} work` : named;
  // A second aim, a time or a first step after it: "move from the kitchen into management and be running a restaurant" leads
  // to management, "move into sustainability consulting within a year, starting with…" to sustainability consulting (s19).
  // Without its article: "into a customer success, onboarding or L&D role" leads to customer success (r38, set 29: "a customer success").
  const first = /\binto\s+(?:an?\s+|the\s+)?((?:[\p{L}-]+\s?){1,3}?)(?=\s+(?:and|within|by|before|after)\s|,)/u.exec(goalText)?.[1];
  if (first) return first.trim();
  // "become an engineering manager": the field of that job ("engineering management"); not "become a better manager".
  const role = /\bbecome\s+(?:a|an)\s+((?:[\p{L}-]+\s){0,2}[\p{L}-]+)$/u.exec(goalText)?.[1] ?? '';
  if (!role || /^(?:better|great|good|stronger|more|confident|effective)\b/i.test(role)) return '';
  // A job with no field of its own ("become a ranger"): "ranger work", never "moving into ranger" (s23 unseen senders).
  const field = fieldOf(role);
  return field === role && !/\s/.test(role) && /(?:er|or|ist|ian)$/.test(role) ? `${role} work` : field;
}

/** Where the sender is heading with every job they name ("an FP&A or controlling analyst role" → "FP&A controlling analysis"): what a line bears on. */
export function careerTargets(goalText: string): string {
  const target = careerTarget(goalText);
  const other = target && /\binto\s+(?:an?\s+)?(?:[\p{L}&-]+\s){0,2}?[\p{L}&-]+\s+or\s+([^,]{2,40}?)\s+(?:role|job|position)s?\b/u.exec(goalText)?.[1];
  // Every one of a list: "into a customer success, onboarding or L&D role" leads to onboarding too (r38, set 29: a teacher who
  // moved into onboarding, to a teacher after any of the three).
  const list = target ? /\binto\s+(?:an?\s+)?((?:[\p{L}&-]+\s){0,2}[\p{L}&-]+(?:,\s+(?:[\p{L}&-]+\s){0,2}[\p{L}&-]+)+,?\s+or\s+[^,]{2,30}?)\s+(?:role|job|position)s?\b/u.exec(goalText)?.[1] : '';
  const items = list ? list.split(/,\s+(?:or\s+)?|\s+or\s+/).map((x) => fieldOf(x.trim())).filter((x) => !target.includes(x)) : [];
  return [target, ...(other && !items.length ? [fieldOf(other)] : items)].filter(Boolean).join(' ');
}

const FIELD_OF: Readonly<Record<string, string>> = {
  manag: 'management', engine: 'engineering', develop: 'development', design: 'design', analy: 'analysis', research: 'research',
  scient: 'science', market: 'marketing', consult: 'consulting', writ: 'writing', teach: 'teaching', nurs: 'nursing',
};

/** "Become an engineering manager": a step within a line of work, not a change of career; any move is no parallel to it. */
export const becoming = (goalText: string) => /\bbecome\b/i.test(goalText) && !/\b(?:into|to)\s/i.test(goalText);

/** A job's field, as a person names it: "product manager" → "product management", "data analyst" → "data analysis". */
export function fieldOf(role: string): string {
  // Of any rank: "junior developer" → "development", never "moving into junior development" (r38, set 28).
  return role.replace(/^(?:junior|senior|entry-level|graduate|trainee)\s+(?=\p{L}+(?:er|ist|st|or|e)$)/iu, '').replace(/\b(manag|engine|develop|design|analy|research|scient|market|consult|writ|teach|nurs)(er|ist|st|or|e)$/u, (w, st: string) => FIELD_OF[st] ?? w);
}

/** "I teach computer science…" as the sender typed it, when it is a sentence about their work. */
function workLine(me: Partial<Me>): string {
  // Without its asides in brackets, which a clip could cut open ("…to IGCSE candidates (Years 9, so your line…", r34, set 22).
  const w = clipWords(plainInsert(me.whatIDo).replace(/\s*\([^()]*\)/g, ''), 90).replace(/\s*\([^()]*$/, '').replace(/[’]/g, "'").replace(/[.!]$/, '');
  return /^I\s+(?!am\b|'m\b)\p{Ll}/u.test(w) ? w : '';
}

export function aimsOf(me: Partial<Me>): Aim[] {
  const out: Aim[] = [];
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (g) out.push({ kind: 'goal', text: g.text, terms: terms(g.text) });
  const work = workLine(me);
  if (work) out.push({ kind: 'work', text: work, terms: terms(work) });
  const later = me.shortTermGoal ? goal(me.longTermGoal) : null;
  if (later && later.vp) out.push({ kind: 'later', text: later.text, terms: terms(later.text) });
  const skill = missingSkill(me);
  if (skill) out.push({ kind: 'skill', text: skill, terms: terms(skill) });
  return out;
}

/** Stems of any job's doing and its setting, which say nothing of what the work is about. */
const ANY_WORK = new Set(['design', 'analys', 'build', 'built', 'run', 'manag', 'lead', 'led', 'work', 'make', 'help', 'support', 'plan', 'team', 'busi', 'servic', 'compani', 'product', 'project', 'small', 'new', 'year']);

/** How many stems a text shares with an aim, leaving out those of ANY_WORK. */
function subjectStems(aim: Terms, text: string): number {
  return [...terms(text).stems].filter((st) => aim.stems.has(st) && !ANY_WORK.has(st)).length;
}

/** A field (meaning.ts FAMILIES) both texts name in words the other doesn't use: "mentor" and "teach", not "pricing" twice. */
function alsoInOtherWords(a: string, b: string): boolean {
  const [x, y] = [terms(a), terms(b)];
  const own = (text: string, other: Terms) => new Set(text.split(/[^\p{L}\p{N}-]+/u).map((w) => terms(w)).filter((t) => ![...t.stems].some((st) => other.stems.has(st))).flatMap((t) => [...t.families]));
  const fa = own(a, y);
  return [...own(b, x)].some((fam) => fa.has(fam));
}

/** Which aim a text of theirs bears on most (shared stems count most; the goal wins ties), and how much. */
export function aimFor(aims: readonly Aim[], text: string): { aim: Aim; score: number } | null {
  let best: { aim: Aim; score: number } | null = null;
  for (const aim of aims) {
    // The goal's words are few: a family match counts for it; the others need a shared word.
    const stems = relevance(aim.terms, text, false);
    // A longer-term goal or a skill shares one word with many lines ("strategy"): it needs two.
    // Their own work needs more than one common word ("talks", "small"): a name ("Python"), a topic too ("students", and
    // mentoring as teaching), or two words.
    // A name matches a name: "Story Road" (a branch's street) is no "stories" of theirs (s25 review: "Your line is close to my
    // own work" on a line about 20 pesos and stories of Rotterdam).
    const named = aim.kind === 'work' && relevance(terms(namesIn(aim.text)), (text.match(/\p{Lu}[\p{L}\d+#.]*/gu) ?? []).join(' '), false) >= 2;
    // Two words of what the work is about, not what anyone does at work: "designed and analysed … A/B tests" is not a
    // market researcher's "design and analyse consumer surveys", nor "business teams" a support lead's "small-business app"
    // (r16 review: "Your work there is close to my own work" read as a false claim).
    // One such word does with a field both name in other words too ("students" and mentoring as teaching, for a teacher).
    const subject = aim.kind === 'work' ? subjectStems(aim.terms, text) : 0;
    const enough = aim.kind !== 'work' || named || subject >= 2 || (subject === 1 && alsoInOtherWords(aim.text, text));
    const score = aim.kind === 'goal' ? relevance(aim.terms, text) : enough && stems >= (aim.kind === 'work' ? 2 : 4) ? stems : 0;
    if (score > (best?.score ?? 0) + (best?.aim.kind === 'goal' ? 0 : 0)) best = { aim, score };
  }
  return best && best.score >= 2 ? best : null;
}

/** Two titles in one field (a promotion, "systems engineer" → "senior system software engineer"), not a career move. */
export function sameField(a: string, b: string): boolean {
  const x = terms(a).stems;
  return [...terms(b).stems].some((s) => x.has(s));
}

/** Words of rank, which say how far up a line of work someone is, never which line. */
// And words of where or when within one line ("site paramedic", "floor supervisor", "area manager"), and the "of" of "head of".
const RANK = /\b(?:junior|senior|lead|head|chief|principal|staff|assistant|associate|trainee|apprentice|journeyman|master|deputy|licensed|certified|first|second|third|fourth|fifth|general|area|regional|site|floor|project|field|shift|duty|night|team|rope access|of)\b/gi;

/**
 * The same job in another field, by the words before the job's last one: "car mechanic" → "aircraft mechanic" is a career
 * move, though both titles say "mechanic" (r31 review: René, who moved from cars to aircraft and invites car mechanics to
 * write, lost the move once his Spanish title read "car mechanic"). Never a step in rank ("mechanic" → "senior mechanic").
 */
export function otherField(a: string, b: string): boolean {
  const before = (t: string) => t.replace(RANK, ' ').replace(/\s+(?:and|&)\s+.*$/, '').trim().split(/\s+/).slice(0, -1).join(' ');
  const [x, y] = [before(a), before(b)];
  if (!x || !y) return false;
  const [tx, ty] = [terms(x), terms(y)];
  return ![...ty.stems].some((st) => tx.stems.has(st)) && ![...ty.families].some((f) => tx.families.has(f));
}

/**
 * Whether they work where a career change leads ("software engineering" and a backend engineer), by
 * their titles and headline only: a line in their About about "data products" is no product career.
 */
export function worksIn(profile: Profile, target: string): boolean {
  if (!target) return false;
  const titles = terms([profile.headline, profile.current?.title, ...profile.experience.slice(0, 2).map((e) => e.title)].filter(Boolean).join('. '));
  // Every word of the target is theirs, by itself or by its family ("software" and "backend"): "health-tech product work" is not "products".
  const words = [...terms(target).stems].filter((s) => !/^(?:work|role|field|job|area)$/.test(s));
  // A target of one word is theirs by that word, or by a field of its own ("cybersecurity" and a security analyst), never by a
  // field every job touches: a "battery pack mechanical lead" does not work in management (s19 unseen pages).
  if (words.length === 1) return titles.stems.has(words[0]!) || [...terms(words[0]!).families].some((f) => titles.families.has(f) && !/^(?:teams|career|strategy|explaining)$/.test(f));
  return words.length > 0 && words.every((s) => titles.stems.has(s) || [...terms(s).families].some((f) => titles.families.has(f)));
}

/**
 * A line that shares only the head noun of a two-word target, in another field: "content design system" and game design,
 * "civil engineering" and software engineering (r17: the popup called a content strategist a good fit for a game designer).
 */
export function headOnly(target: string, source: string): string {
  const words = target.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const theirs = terms(source).stems;
  if (words.length < 2 || targetWords(target, source)) return '';
  const rest = words.slice(0, -1).some((w) => [...terms(w).stems].some((st) => theirs.has(st)));
  return !rest && [...terms(head).stems].some((st) => theirs.has(st)) ? head : '';
}

/** The words of a career target a line of theirs shares, with the target's head noun ("product work"); '' when none. */
export function targetWords(target: string, source: string): string {
  const words = target.split(/\s+/);
  const theirs = terms(source).stems;
  const head = words[words.length - 1] ?? '';
  const shared = words.filter((w) => w !== head && [...terms(w).stems].some((st) => theirs.has(st)));
  if (!shared.length) return '';
  // The target's head noun shared too ("software engineering"): the whole target is theirs, not a touch.
  return [...terms(head).stems].some((st) => theirs.has(st)) ? '' : `${shared.join(' ')} ${head}`;
}
