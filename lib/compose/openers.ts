import type { Profile } from '../linkedin/schema';
import { senderQuestions, topicWords } from './typed-questions';
import { memo } from '../memo';
import type { Me } from '../settings/schema';
import { askedAbout, asQuote, doingTopic, leadingClause, quotableSentences, secondPerson, sentences, quotableTitle, topicOf, verbOf, withoutLeadIn, withSubject } from './clauses';
import { isOngoing, monthIndex, parseEnd, parseStart } from './dates';
import { aimTerms, leadsPeople, namesIn, relevance, stemOf, terms, type Terms } from './meaning';
import { apprenticeshipTrade, becoming, careerTarget, careerTargets, otherField, sameField } from './aims';
import { holdsTarget, leaving, startedAsSender } from './their-start';
import { foreignTitle, inOtherLanguage } from './glossary';
import { goal } from './goals';
import { atOrg, orgName } from './names';
import { sameCity } from './timezone';
import { asWritten, firstTitle, headlineRoles, since, withRoleArticle, workAs } from './titles';
import { lineQuestion } from './line-questions';
import { firstRoleIn, firstRoleWanted } from './first-role';
import { headsOf, inTheirLanguage, invitationIn, invitedName, invites, kindsIn, peopleIn, plural, talkTopics } from './invitation';
import { foreignStretch, openingLanguage, shortLineLanguage } from '../settings/language';
import { ROLE_LETTERS } from './people';
import { unsafeToQuote } from './guard';
import { clipWords, fold, plainInsert } from './text';
import { textLength } from './limits';

/**
 * Conversation openers (ARCHITECTURE.md §2): everything on the profile a first message can open with,
 * ranked by how much it bears on what the sender wants, then how specific and how recent it is.
 */
export { HOOK_KINDS } from './composed-schema';
import type { HOOK_KINDS } from './composed-schema';
export type HookKind = (typeof HOOK_KINDS)[number];

/** "<kind>:<index>" (index into the list it came from), or the bare kind when there is one. Same reading, same ids. */
export type HookId = HookKind | `${HookKind}:${number}` | `${HookKind}:${number}.${number}`;

/** What the popup shows and the draft opens with. */
export interface Hook {
  id: HookId;
  kind: HookKind;
  /** A readable choice: the kind and enough of the text to choose from. */
  label: string;
  /** The words the opening uses: the whole quote, or the topic. */
  detail: string;
}

export interface Opener extends Hook {
  /** A whole sentence, clause or title of theirs, as it sits in running text; '' when none reads well. */
  quote: string;
  /** The topic in a few words ("simple dashboards that everyone reads"); '' when the subject names none. */
  topic: string;
  /** How the draft names it in full: 'your post "…"', "your move from … to …". */
  name: string;
  /** The short way to name it (notes): "your post on simple dashboards that everyone reads". */
  short: string;
  /** Ways to name it in a connection note, longest first ("your post on small pull requests"); empty when only a bare "your recent post" fits. */
  tiny: string[];
  /** Their whole sentence (questions are built from it). */
  source: string;
  /** How far it bears on the sender's goals and who they are (0: not at all). */
  relevance: number;
  /** A line among others in its post or About section (named "a line in your post", never "your post \"…\""). */
  part?: boolean;
  /** The year a move began ("2021"), so a note never presents an old move as news. */
  year?: string;
  /** A post's lead line that heads a list ("What I ask every new supervisor to do in their first 30 days:"). */
  list?: boolean;
  /** A post that says whom they are hiring, named by them ("your post on hiring 2 junior physiotherapists…"), never quoted. */
  hiring?: string;
  /** It speaks of people of the sender's kind making the sender's move ("a young architect asks me how to move into cost management"). */
  peer?: boolean;
  /** How far it bears on the goal alone (questions join the goal to it only when this is real). */
  goalRelevance?: number;
  /** An invitation written to the sender's kind ("If you're a cadet still waiting for a ship, DM me"): invitation.ts. */
  invite?: boolean;
  /** Whom it invites, as a note names them ("cadets"); '' when no short name fits. */
  invited?: string;
  /** A line of theirs on work before their present job that is the sender's work now, to someone heading where they are (their-start.ts). */
  started?: boolean;
  /** Their move from the sender's very job into the one the sender's goal names ("housekeeping supervisor" → "assistant executive housekeeper"). */
  mirror?: boolean;
  /** A move of theirs into the field the sender is heading for, from outside it ("chef de partie" → "apprentice carpenter"). */
  into?: boolean;
  /** Their first step into running others, to a sender after that step (`Want.climbs`). */
  climb?: boolean;
  /** Their job now is at the kind of place the sender is setting up ("co-chair at Hoa Sen Foundation", to someone founding a charity). */
  placeKind?: boolean;
  score: number;
}

/** A line on a change of their own ("I moved into UX research…", "From newsroom to product team…", "…before switching to management"). */
export const MOVED = /\b(?:moved|switched|switching|transitioned|pivoted|changed careers|career change)\b|\bjoined\b[^.]*,\s+and now I\b|^from\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to\s+\p{L}/iu;
/** A line on a move of their own that names where the sender is heading, by its last word ("…switching to management"), or by what a kind of management manages. */
export function movedInto(source: string, target: string): boolean {
  if (!MOVED.test(source)) return false;
  return namesField(source, target);
}
/** Whether a text names where the sender is heading by its head word ("informatics"), or by what a kind of management manages. */
function namesField(text: string, target: string): boolean {
  const have = terms(text).stems;
  // "Product management" is where product managers work, not "switching to management" (r17: to an engineering manager).
  // "paralegal work", "ranger work": the work is named by the word before it (r36, set 25).
  const words = target.replace(/^(\S+)\s+work$/, '$1').split(/\s+/);
  const last = words.pop() ?? '';
  // By what is managed where the target is a kind of management ("now I lead product" is a move into product management).
  const head = /^manag/i.test(last) && words.length ? words.pop()! : last;
  // A trade and its worker share the head of their stem ("carpentry" and "carpenter": r32, set 17).
  const near = (st: string) => [...have].some((h) => Math.min(h.length, st.length) >= 6 && (h.startsWith(st) || st.startsWith(h)));
  return [...terms(head).stems].some((st) => have.has(st) || near(st));
}
/**
 * A line on a change of field of their own, wherever it led ("From newsroom to product team: what transferred and what
 * didn't", "The skill that transfers best isn't drafting", "…people who break in through side doors"): to someone changing
 * careers, how they did it is worth asking about, though their field is not the sender's (h4 review).
 */
export const CHANGED_FIELD = /\b(?:moved|switched|switching|transitioned|pivoted)\s+(?:from|into|careers?)\b|\bchanged careers\b|\bcareer (?:change|changer|switch)|\bwhat transferred\b|\btransfers? best\b|\bbreak in\b|\bside doors?\b|^from\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to\s+\p{L}/iu;
/** A goal about changing careers: a real career move of theirs bears on it. */
export const CAREER_GOAL = /\b(?:careers?|move into|moving into|transition|switch|change (?:into|to)|changing|pivot|break into|become|becoming)\b/i;

const SPECIFIC: Record<HookKind, number> = { post: 4, article: 4, featured: 3, about: 3, move: 3, experience: 2, 'shared-school': 2, 'shared-org': 2, 'shared-city': 1, headline: 0 };

/** What the sender wants: the goal and missing skills first, then the long-term goal, role and what they do. */
export interface Want { goal: Terms; asks?: Terms; context: Terms; names: Terms; role: Terms; kind?: ReadonlySet<string>; aim?: string; climbs?: boolean; opens?: boolean }

/** Someone who owns the business they work in. */
const OWNER = /\b(?:owner|founder|co-founder|proprietor)\b/i;
/** A goal of a business of one's own: "start my own plumbing business", "open a small bakery". */
const OWN_BUSINESS = /\b(?:start|open|launch|run|set up|build)\s+(?:my|our|a|an)\s+(?:own\s+)?(?:\p{L}+\s+){0,3}(?:business|company|firm|practice|studio|shop|salon|restaurant|clinic|bakery|caf[eé]|agency)\b/iu;
/** A job that runs something, or a goal to run one: a manager, a head of service, their own business. */
export const RUNS = /\b(?:manag(?:er|ing)|management|head|director|lead(?:er)?|chief|owner|founder|supervisor|gm|general manager|(?:own|start|run)\s+(?:\p{L}+\s+){0,2}(?:business|company|firm|practice|studio|restaurant|clinic))\b/iu;

/** Two words in a row of `a`, by their stems, in a row in `b` too ("civil engineering"): a phrase both name, not a word. */
function twoWordsOf(a: string, b: string): boolean {
  const pairs = (t: string) => {
    const w = t.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
    return w.slice(1).map((x, i) => `${stemOf(w[i] ?? '')} ${stemOf(x)}`);
  };
  const mine = new Set(pairs(a));
  return pairs(b).some((p) => mine.has(p));
}
const goalText = (me: Partial<Me>) => (me.shortTermGoal ? (goal(me.shortTermGoal)?.text ?? me.shortTermGoal) : '') || (me.longTermGoal ? (goal(me.longTermGoal)?.text ?? me.longTermGoal) : '');

/** The topic words of what the sender asks in their goal ("definitions" of "Should I start by agreeing the definitions…?"). */
// Never "projects", "friends" or "idea", which a quantity surveyor's "education projects" shares with "Do you do first projects
// free for friends…?" (r41a paired review).
const askedOnce = memo((typed: string) => senderQuestions(typed).map(topicWords).join(' ').replace(/\b(?:projects?|friends?|idea)\b/gi, ' '), 200);
const asked = (typed: string | undefined) => (typed ? askedOnce(typed) : '');

export function wantOf(me: Partial<Me>): Want {
  return {
    // A career change is about where it leads: "change careers into software engineering" shares nothing with "before proposing any changes".
    // The goal as the drafts say it: without what the user added after it ("…, my last two roadmap reviews went badly").
    // With the jobs typed in brackets beside it ("to accounts dept (accounts assistant or income auditor)", s16): where it leads too.
    goal: aimTerms(`${careerTargets(goalText(me)) || goalText(me)}${bracketed(me.shortTermGoal)}${spelledOut(goalText(me))}`),
    asks: terms(asked(me.shortTermGoal)),
    context: terms([me.shortTermGoal ? me.longTermGoal : '', ...(me.missingSkills ?? []), me.role, me.whatIDo].filter(Boolean).join('. ')),
    names: terms(namesIn([me.whatIDo, me.shortTermGoal, me.longTermGoal, ...(me.missingSkills ?? [])].filter(Boolean).join('. '))),
    // Who the sender is counts again on its own: a teacher shares "teaching", "mentor", "students" with a line on code review as teaching.
    // Rank and job nouns ("junior", "engineer") match their audience ("I mentor junior engineers"), not a shared field: left out.
    role: terms([me.role, me.whatIDo].filter(Boolean).join('. ').replace(/\b(?:junior|senior|lead|principal|staff|head|chief|associate|assistant|engineers?|developers?|managers?|analysts?|coordinators?|specialists?|consultants?)\b/gi, ' ')),
    // What the sender is, by the words of their title that say what they do ("architect", "shift", "librarian"): a line of theirs
    // that names people of that kind on the sender's goal speaks to the sender ("a young architect asks me how to move into
    // cost management", s20 unseen pages).
    aim: goalText(me),
    // After a first job running others ("become a team leader at the call centre"), from one that runs nothing.
    climbs: leadsPeople(goalText(me)) && !!me.role && !RUNS.test(me.role),
    // After a business of their own ("start my own plumbing business"), from a job in someone else's.
    opens: OWN_BUSINESS.test(goalText(me)) && !OWNER.test(me.role ?? ''),
    // Without a role (onboarding skipped), the work the goal says they are leaving: "move from customer support into a QA tester
    // role" (r38, set 28: her tester's move from customer support specialist is the sender's own).
    kind: new Set([...terms((me.role || leaving(me.shortTermGoal)).split(/[,(]/)[0] ?? '').stems].filter((st) => !/^(?:junior|senior|lead|princip|staff|head|chief|associ|assist|manag|offic|coordin|specialist|year|bs|ba|bsc|msc|ma|mba|phd|\d.*)$/.test(st))),
  };
}
/**
 * Letters a goal uses for a job or an exam, spelled out for matching only (the draft says the goal as typed): "get on DC
 * pathway, pass NIE" is on becoming a detective, to a detective sergeant who mentors constables (r36, set 25).
 */
const LETTERS: Readonly<Record<string, string>> = {
  ...ROLE_LETTERS, cid: 'criminal investigation detective', nie: 'investigators exam detective', sqe: 'solicitors qualifying exam solicitor',
  qwe: 'qualifying work experience solicitor', tc: 'training contract solicitor', om: 'operations manager',
  // "an HRBP role" is an HR business partner's (r38, set 29: a generalist after one, to someone who made that very move).
  hrbp: 'HR business partner', ae: 'account executive', sdr: 'sales development representative', bdr: 'business development representative', csm: 'customer success manager',
};
export const spelledOut = (goal: string) => (goal.match(/\b(?:dc|cid|nie|pc|sqe[12]?|qwe|tc|tl|om|csr|hca|rn|hrbp|ae|sdr|bdr|csm|moa)s?\b/gi) ?? []).map((x) => ` ${LETTERS[x.toLowerCase().replace(/\d$/, '').replace(/(?<=^(?:hrbp|ae|sdr|bdr|csm|csr|hca|rn|pc|tl|om|moa))s$/, '')] ?? ''}`).join('');

/** Jobs typed in brackets as choices ("(accounts assistant or income auditor)"), never places ("(Australia, Japan or Europe)"). */
const bracketed = (typed = '') => {
  const jobs = (/\(([^()\d]*\bor\b[^()\d]*)\)/.exec(typed)?.[1] ?? '').replace(/\bor\b/g, ' ');
  return /\b\p{Ll}{4,}\b/u.test(jobs) ? ` ${jobs}` : '';
};

/** The goal counts twice as much as who the sender is; a name they share (the sender teaches Python, they wrote on Python threads) most. */
export function bearing(want: Want, text: string): number {
  return 2 * relevance(want.goal, text) + relevance(want.context, text) + relevance(want.role, text, false) + 5 * relevance(want.names, text, false);
}

const chipQuote = (s: string) => clipWords(s, 140, true);


// "Former accountants" made a move (s23: "Why half of my cyber audit team are former accountants and financial auditors").
const START_OR_MOVE = /\b(?:former|move|moved|moving|switch(?:ed|ing)?|start(?:ed|ing)?|began|beginning|came from|come from|got into|get into|break into|broke into|transition(?:ed|ing)?|(?:get|land|find) (?:a|their|your) first (?:job|role))\b/i;

/** Life outside work, in a post. */
const OFF_WORK = /\b(?:my|our)\s+(?:(?:little|youngest|eldest|oldest)\s+)?(?:daughter|son|kids?|children|wife|husband|dog|cat|puppy|mum|mom|dad)(?:'s)?\b|\bshop cat\b|\bbirthday\b|\bturned \d+ today\b|\bmarathon\b|\bparkrun\b|\brace day\b|\bhurling\b|\bhiking\b|\bfootball match\b|\bwedding anniversary\b/i;

/** `part`: the sentence is one of several in its post, so the draft quotes it as a line of the post, never as the post itself. */
function sentenceOpener(kind: 'post' | 'article' | 'about', id: HookId, s: string, want: Want, bonus: number, part = false): Draft {
  const quote = asQuote(s);
  const topic = opensDoor(s) ? '' : topicOf(s);
  const where = kind === 'about' ? 'your About section' : `your ${kind}`;
  const clause = leadingClause(s);
  const line = kind === 'about' || part;
  // A line that only sets up its post ("Someone asked me how I explain…") is named by what the post is on, never quoted (r17 review).
  const setUp = kind !== 'about' && !!askedAbout(s);
  // "On your profile", as a reader says it, not the page's section name ("in your About section" reads like a scraper, d10g review).
  const name = setUp ? `your post on ${topic}` : line ? `the line "${quote}" ${kind === 'about' ? 'on your profile' : `in ${where}`}` : `${where} "${quote}"`;
  // A line among others in a post is named as a line, never as what the whole post is about (d10g review: a 17-sentence post is not "your post on simple dashboards").
  const short = setUp ? name : topic ? (line ? `your line on ${topic}` : `${where} on ${topic}`) : clause && textLength(clause) <= 70 ? (line ? `your line "${asQuote(clause)}"` : `${where} "${asQuote(clause)}"`) : name;
  // A line on the goal that also answers what the sender asks in it ("Should I start by agreeing the definitions…?", and
  // "Dashboards are only useful when the definitions behind every metric are written down") bears on it the more (r41, set 37:
  // an open-data dashboard, to a data architect, opened on his data products instead). Only a line on the goal already: the
  // words of a question alone made 472 drafts open elsewhere, many on a word match.
  const onGoal = relevance(want.goal, s);
  const answers = onGoal >= 2 && want.asks ? relevance(want.asks, s, false) : 0;
  const rel = bearing(want, s) + 2 * answers;
  const label = `${kind === 'about' ? 'About' : kind === 'post' ? 'Post' : 'Article'}: "${chipQuote(quote)}"`;
  const gr = onGoal + answers;
  // People of the sender's kind making a move, or starting out ("a young architect asks me how to move into cost management",
  // "Some of the best HR people I know started by running a shift"): never a line that only shares a word of the sender's job
  // ("code review as a teaching tool", to a teacher, is no closer than his "Python Threads" post).
  // Their own move, told as theirs ("I moved into UX research…"), has questions of its own (movedInto); "I believe the best
  // transport planners come from the warehouse floor" is about others (s20 unseen pages).
  const own = /^(?:I|We|My|Our)\s+(?:\p{L}+\s+){0,2}?(?:move|moved|switched|started|began|came|got|broke|transitioned|made|spent)\b/u.test(withoutLeadIn(s));
  // An offer to talk made to people heading where the sender is heading ("If you're transitioning and thinking about civil
  // engineering, comment or DM me", to a soldier starting a civil engineering degree) is written to the sender too.
  // Advice written to the sender's kind on the sender's goal ("If you're a volunteer trying to get your first paid fundraising
  // role: …", to a volunteer fundraiser after one) is written to the sender (s20 unseen pages); not advice to nurses on leaving
  // the hospital, to a nurse educator building onboarding.
  const ofTheirKind = speaksToKind(s, want, gr, own);
  // A line in another language comes after one in English as near the sender (s24 paired review: "his move from groom" over
  // "Unser Lehrling Jonas hat heute…", 4 to 0), not after much else: a whole line in Norwegian beat a clipped English one (7 to 0).
  if (inOtherLanguage(s)) bonus -= 15;
  // A post on their life outside work ("Our shop cat Bobbin turned 5 today", "My daughter's school science fair today") is
  // theirs to share, no reason for a stranger to write: after any line on their work, in a note too (r34, set 21).
  const offWork = kind !== 'about' && gr < 4 && OFF_WORK.test(s);
  if (offWork) bonus -= 12;
  return { id, kind, label, detail: quote, quote, topic, name, short, source: s, part: line, relevance: offWork ? Math.min(rel, 1) : rel, goalRelevance: gr, score: rel * 10 + SPECIFIC[kind] + bonus + (topic ? 1 : 0), ...(ofTheirKind ? { peer: true } : {}) };
}

/** A line on people of the sender's kind making the sender's move, or written to them (sentenceOpener). */
function speaksToKind(s: string, want: Want, gr: number, own: boolean): boolean {
  const to = WRITTEN_TO.exec(s)?.[1] ?? '';
  const advice = ADVICE_TO_DOING.exec(s)?.[1] ?? '';
  return (!!advice && !!want.aim && twoWordsOf(want.aim, advice)) || (gr >= 2 && START_OR_MOVE.test(s) && !own && [...terms(s).stems].some((st) => want.kind?.has(st))) || (gr >= 4 && opensDoor(s) && !!want.aim && twoWordsOf(want.aim, s)) || (gr >= 2 && !!to && [...terms(to).stems].some((st) => want.kind?.has(st)) && [...terms(to).stems].some((st) => want.goal.stems.has(st) && !want.kind?.has(st)));
}

function activityOpeners(profile: Profile, want: Want): Draft[] {
  const out: Draft[] = [];
  profile.activity.forEach((a, i) => {
    if (a.kind !== 'post' && a.kind !== 'article') return;
    const recency = Math.max(0, 3 - i * 0.3);
    const firstLine = a.text.split('\n')[0]?.trim() ?? '';
    // A lead line that heads a list ("Things I wish someone had told me when I moved from the dispensary into informatics:")
    // is the post's title: it says what the whole post is on, where any one tip below it is a line among others. Its items may
    // be numbered with keycaps ("1️⃣ Audit looks backwards…", r38, set 29).
    const heads = a.kind === 'post' && /^[^:.!?]{30,}:$/.test(firstLine) && !/\b(?:hiring|positions?|vacanc(?:y|ies)|openings?)\b/i.test(firstLine) && firstLine.split(/\s+/).length >= 6 && (a.text.match(/\n\s*(?:[-•*–]|\d+[.)]|\d\uFE0F?\u20E3)\s?/gu) ?? []).length >= 2;
    if (a.kind === 'article' || heads || /\?$/.test(firstLine) || (firstLine.length <= 60 && !/[.!]$/.test(firstLine))) {
      // A title: quoted as printed ("Python Threads: Myth or Reality?", "Write your plans in a Brief").
      // A title with an aside in brackets at its end ("Why I left engineering for product marketing (and what I got wrong in my
      // first year)"): named by what it is on, without the aside, never passed over for their job title (r38, set 29). Never
      // one written to its reader ("Why your Scope 3 inventory is mostly guesswork…"), which would say it of the recipient.
      const plain = firstLine.replace(/\s*\([^()]*\)\s*$/, '');
      const trimmed = plain !== firstLine && !quotableTitle(firstLine.replace(/:$/, '')) && quotableTitle(plain) && /^(?:Why|How|What)\s/.test(plain) && !/\byou(?:r)?\b/i.test(plain);
      if ((trimmed || quotableTitle(firstLine.replace(/:$/, ''))) && (a.kind === 'article' || heads || /\?$/.test(firstLine))) {
        // The title counts by its own words: the body below it is judged sentence by sentence, as its own opener.
        // Exactly as printed, capitals too ("Planning the work vs DOING the work"): a quote is never retouched (d10g blind review).
        const title = (trimmed ? plain : firstLine).replace(/[.:]$/, '');
        const rel = bearing(want, title);
        // A title on people of the sender's kind making the move ("Why half of my cyber audit team are former accountants and
        // financial auditors", to an internal auditor moving into IT audit) speaks to them as a line does (s23).
        const gr = relevance(want.goal, title);
        const named = trimmed ? `your ${a.kind} on ${secondPerson(title.charAt(0).toLowerCase() + title.slice(1))}` : `your ${a.kind} "${title}"`;
        out.push({ id: `${a.kind}:${i}`, kind: a.kind, label: `${a.kind === 'post' ? 'Post' : 'Article'}: "${firstLine}"`, detail: title, quote: trimmed ? '' : title, topic: trimmed ? named.replace(/^your \S+ on /, '') : '', name: named, short: named, source: title, relevance: rel, goalRelevance: gr, score: rel * 10 + SPECIFIC[a.kind] + recency + 2, ...(heads ? { list: true } : {}), ...(speaksToKind(title, want, gr, false) ? { peer: true } : {}) });
        const body = quotableSentences(a.text.slice(firstLine.length)).slice(0, 20).map((s, k) => sentenceOpener(a.kind as 'post', `${a.kind}:${i}.${k}` as HookId, s, want, recency - 1, true));
        const best = body.sort((x, y) => Number(!!y.peer) - Number(!!x.peer) || y.score - x.score)[0];
        if (best) out.push(best);
        return;
      }
    }
    // A post that says they are hiring ("We're hiring! 🙌" over "2 junior physiotherapists for our new Donostia clinic 📍") is
    // named by whom they hire, and counts by the whole post, where no line of it reads as a sentence (s20 unseen pages).
    const hiring = hiringPost(a.text);
    if (hiring) {
      // Only for a sender it bears on: anyone else has no use for a job ad (s20 paired review: their move said more). By the ad
      // alone where it comes further on in a post on something else (r33b: a harvest report bore on a developer, its ad did not).
      const further = !/\b(?:hiring|recruiting|looking for|taking on)\b/i.test(a.text.split('\n')[0] ?? '');
      const ad = further ? a.text.slice(Math.max(0, a.text.search(/\bwe(?:'re|’re| are)\s+(?:now\s+)?(?:taking|accepting|open for)\s+applications\b/i))) : a.text;
      // Its hashtags ("#farming") say nothing of whom it hires; the sender's own kind ("student", of "placement student") does.
      const gr = relevance(want.goal, ad.replace(/#[\p{L}\d_]+/gu, ' ')) + (further && [...terms(hiring).stems].some((st) => want.kind?.has(st)) ? 1 : 0);
      const rel = gr >= 2 ? bearing(want, a.text) : 0;
      const name = `your post on hiring ${hiring}`;
      out.push({ id: `${a.kind}:${i}`, kind: a.kind, label: `Post: "${clipWords(a.text.replace(/\s+/g, ' '), 140, true)}"`, detail: name, quote: '', topic: `hiring ${hiring}`, name, short: name, source: `We're hiring ${hiring}.`, relevance: rel, goalRelevance: gr, score: gr >= 2 ? rel * 10 + SPECIFIC.post + recency : -5, hiring });
      // A post on something else that hires further on (a harvest post "…now taking applications for our placement student")
      // keeps its own lines for everyone else (r33b paired review: a smallholder was sent the placement ad).
      if (!further) return;
    }
    // A post of one sentence is quoted as the post; a sentence among others, as a line in it.
    const all = quotableSentences(a.text);
    const part = all.length > 1 || sentences(a.text).filter((x) => (x.match(/\p{L}+/gu) ?? []).length >= 5).length > 1;
    // Every line of a post that opens on their life outside work ("Our shop cat Bobbin turned 5 today. Customers love her, my
    // cloth bill does not.") comes after their work (r34, set 21).
    const offWork = OFF_WORK.test(sentences(a.text)[0] ?? '') ? 12 : 0;
    const options = all.slice(0, 20).map((s) => sentenceOpener(a.kind as 'post', `${a.kind}:${i}` as HookId, s, want, recency - offWork, part)).map((o) => (offWork ? { ...o, relevance: Math.min(o.relevance, 1) } : o));
    const best = options.sort((x, y) => Number(!!y.peer) - Number(!!x.peer) || y.score - x.score)[0];
    // A line whose topic is one word ("your line on pricing": r17 review, "vague") is named by what the post leads with,
    // when that says what they did ("We've changed GridLoop's pricing three times in 18 months." → "your post on changing
    // GridLoop's pricing three times in 18 months").
    const first = sentences(a.text)[0] ?? '';
    const lead = part && best && best.source !== first && best.topic && !/\s/.test(best.topic) ? doingTopic(first) : '';
    if (best && lead.split(/\s+/).length >= 3) best.short = `your post on ${lead}`;
    if (best) out.push(best);
  });
  return out;
}

/** Whom a hiring post hires, in the second person ("2 junior physiotherapists for your new Donostia clinic"); '' for any other post. */
export function hiringPost(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}✅]/gu, '').trim()).filter(Boolean);
  // "We're hiring", or further along the first line ("HARVEST 2025 – we're looking for 4 harvest interns!", s21).
  const first = (lines[0] ?? '').replace(/^.*?\s[–—-]\s+(?=we)/i, '');
  // "We're now taking applications for our 2027/28 placement student", anywhere in the post (r33, set 20: a farm manager's harvest post).
  const applications = lines.map((l) => /(?:^|[.!]\s+)we(?:'re|’re| are)\s+(?:now\s+)?(?:taking|accepting|open for)\s+applications\s+for\s+(?:our|an?|the)\s+(?:next\s+)?([\p{L}\d/ -]{3,50}?)(?=[.!,:;]|\s+(?:for|starting|from|in)\s|$)/iu.exec(l)?.[1]).find(Boolean);
  if (applications) return withRoleArticle(applications.trim());
  // Or a line that starts "Hiring:" ("Hiring: Data Engineer (mid-level) for the supply chain data team…", r40, set 35).
  if (!/^(?:(?:we(?:'re|’re| are)|i(?:'m|’m| am)|we're|my team is|our team is)\s+(?:hiring|recruiting|looking for|taking on)\b|(?:now\s+)?hiring\s*:)/i.test(first)) return '';
  // "Looking for" hires only with a number of people: "We're looking for 4 harvest interns", never "…for someone who loves data".
  if (!/\b(?:hiring|recruiting)\b/i.test(first) && !/\b(?:looking for|taking on)\s+(?:\d+|two|three|four|five|six|seven|eight|ten)\s/i.test(first)) return '';
  // "We're hiring – Field Operations Lead (Kaduna)": the title after the dash, without its note in brackets (s5, s10 unseen
  // pages: "your post on hiring - Field Operations Lead (Kaduna)").
  const own = first.replace(/^.*?\b(?:hiring|recruiting|looking for|taking on)\b[:!.]?\s*/i, '');
  const whole = (own || (lines[1] ?? '')).replace(/^[\s:–—-]+/, '').replace(/\s*\([^)]*\)/g, '').trim();
  // Its first sentence, to where the place ends ("We're hiring a Sous Chef at Hẻm Kitchen. Full time, 4 days on…": r40, set 35).
  // Only where it names people: never "Fully funded PhD scholarship in your lab…", nor "at Shams Jbeil Solar" made a job.
  const cut = /:\s*$/.test(whole) ? whole : (whole.split(/(?<=[.!?])\s+/)[0] ?? '').replace(/[.!]$/, '').split(/,\s+/)[0]!;
  const head = cut.split(/\s+(?:for|at|in|on|to|with|roles?|positions?)\b/)[0] ?? '';
  const one = cut === whole || (/(?:er|or|ist|ian|ant|ent|chef|nurse|lead|student|trainee|intern|staff)s?$/i.test(head) && !/^(?:at|in|for|on|to|with)\b/i.test(cut)) ? cut : whole;
  // The job said as a person says it: "a sous chef", "2 buyers", "a data engineer", never in Title Case (r40, set 35).
  const rest = one.replace(/^((?:an?\s+|\d+\s+|[Tt]wo\s+|[Tt]hree\s+|[Ff]our\s+)?)((?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,3})(?=\s+(?:for|at|in|to|on|with|roles?|positions?)\s|$)/u, (_, pre: string, t: string) => (pre ? pre.toLowerCase() + t.toLowerCase() : withRoleArticle(t.toLowerCase())));
  // "We're recruiting! The City of Kigali Urban Planning Unit is taking 4 Graduate Trainee Planners for a 12-month…": whom it takes (s21).
  const taking = /^[^.!?]{3,80}?\b(?:is|are)\s+(?:taking(?:\s+on)?|hiring|recruiting|looking for)\s+((?:\d+|an?|two|three|four|five)\s+[^.!?]{3,60}?)(?=\s+(?:for|to|on|in|at|starting|from)\s|[.!?]|$)/iu.exec(rest)?.[1];
  // "Vitosha Pixel Works is looking for:" over a list: whom the list's first line names ("Senior Nuke Compositors (3 positions)").
  // The list under the line that says it (r35, set 23: "WE'RE HIRING" over "Crown & Coil Croydon is looking for:").
  const listed = /:\s*$/.test(rest) ? (lines[own ? 1 : 2] ?? '').replace(/^[•·*-]\s*/, '').replace(/^(\d+)\s*[x×]\s+/iu, '$1 ').replace(/\s*\([^)]*\)/g, '') : '';
  // "We're hiring 🚨 Qalhat Airways Line Maintenance is growing with the A320neo fleet": a sentence names nobody; its first
  // bullet does ("• B1 Licensed Engineers – A320 family" → "B1 licensed engineers"), or nothing (s14 unseen pages).
  const sentence = !taking && /\b(?:is|are|was|were|has|have|will)\b/i.test(rest);
  const item = sentence ? lines.find((l) => /^[•·▸*]/u.test(l)) : undefined;
  if (sentence && !item) return '';
  const bullet = item ? item.replace(/^[•·▸*]\s*/u, '').split(/\s+[–—-]\s+/)[0]!.replace(/\s*\([^)]*\)/g, '') : '';
  const named = taking || listed || bullet;
  // A bare title is one such person, as a person says it: "a field operations lead", "a morning baker".
  const bare = !named && /^[\p{L}&-]+(?:\s+[\p{L}&-]+){0,4}$/u.test(rest) && !/^(?:we|i|if|you|it|this|the|our|my|a|an)\b/i.test(rest) && !/[^s]s$/i.test(rest);
  const who = named ? named.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => w.toLowerCase()) : bare ? withRoleArticle(asWritten(rest)) : rest;
  const words = who.replace(/[.!:]$/, '').split(/\s+/);
  // A noun phrase, short, no sentence of its own: "2 junior physiotherapists for our new Donostia clinic".
  if (words.length < 2 || words.length > 12 || /[.!?]\s/.test(who) || /^(?:if|we|i|you|it|this|the)\b/i.test(who)) return '';
  return secondPerson(words.join(' '));
}

/**
 * Their invitations written to the sender (invitation.ts), cut after their ask, however long the sentence around them: they
 * lead, since "they asked" is the best reason a stranger has (s23 unseen pages: "If you're a dietetics student … I'm happy to
 * talk" went unused at 190 characters, and the draft opened on her job).
 */
function invitationOpeners(profile: Profile, want: Want, me: Partial<Me>): Draft[] {
  const invited = { letters: new Set(`${me.role ?? ''} ${me.whatIDo ?? ''}`.match(/\b\p{Lu}{2,4}\b/gu) ?? []), kind: want.kind ?? new Set<string>(), heads: headsOf(me.role ?? ''), goal: terms(`${goalText(me)}${spelledOut(goalText(me))}`), later: terms(`${me.shortTermGoal ?? ''}. ${me.longTermGoal ?? ''}${spelledOut(`${me.shortTermGoal ?? ''} ${me.longTermGoal ?? ''}`)}`), doing: terms(`${me.role ?? ''} ${me.whatIDo ?? ''}`), aim: want.aim ?? '' };
  const texts = [['about', 'about', profile.about ?? ''] as const, ...profile.activity.map((a, i) => [a.kind === 'article' ? 'article' : 'post', `${a.kind}:${i}`, a.kind === 'post' || a.kind === 'article' ? a.text : ''] as const)];
  // A topic they list as one to talk to them about ("Talk to me about: … Product Development …"), sharing a word with where the
  // sender is heading (a nurse moving into health-tech product work): an offer to talk, on that topic (r36, shared fixtures).
  const topic = talkTopics(profile.about ?? '').find((t) => [...terms(t).stems].some((st) => want.goal.stems.has(st)));
  const named = topic ? `your offer to talk about ${/^\p{Lu}[\p{Ll}]/u.test(topic) && !/\p{Lu}{2}/u.test(topic) ? topic.toLowerCase() : topic}` : '';
  const talk: Draft[] = topic ? [{ id: 'about:200', kind: 'about', label: `About: "Talk to me about: ${topic}"`, detail: `Talk to me about: ${topic}`, quote: '', topic: '', name: named, short: named, source: `Talk to me about: ${topic}.`, relevance: bearing(want, topic), goalRelevance: relevance(want.goal, topic), score: 150, peer: true, invite: true }] : [];
  return [...talk, ...texts.flatMap(([kind, id, text]) =>
    sentences(text).flatMap((s, k, all) => {
      const inv = invitationIn(s, all[k + 1], all.slice(Math.max(0, k - 2), k), all[k + 2]);
      // Whom it names by their letters too: "SDRs and BDRs who want to make the jump to AE", to a sales development representative
      // set on AE (r38, set 29).
      if (!inv || !invites({ ...inv, whom: `${inv.whom}${spelledOut(inv.whom)}`, after: [inv.after ?? '', ...all.slice(k + 1, k + 3)].join(' ') }, invited) || unsafeToQuote(inv.quote)) return [];
      const o = sentenceOpener(kind, `${id}${kind === 'about' ? ':' : '.'}${100 + k}` as HookId, inv.quote, want, 0, true);
      // Named from the quote where it says whom ("if you're applying for …" after "Students and divers …:"), never by a topic
      // ("your line on moving into conservation" said less than "your offer to chemists": s23 paired review).
      // Of two kinds of people ("a small business owner drowning in receipts, or a bookkeeper thinking about going
      // self-employed"), the one the sender is (s16).
      const kinds = kindsIn(invitationIn(inv.quote)?.whom ?? inv.whom);
      // Else, of people named by what they are doing, the one that names the sender's goal ("anyone early in sales working out
      // the jump from SDR to AE": r40, set 34).
      const mine = kinds.find((k) => [...terms(peopleIn(k)).stems].some((st) => invited.heads.has(st))) ?? (kinds.length > 1 && kinds.every((k) => /^(?:anyone|people)\s/i.test(k)) ? kinds.map((k) => ({ k, n: [...terms(`${k}${spelledOut(k)}`).stems].filter((st) => invited.goal.stems.has(st)).length })).sort((a, b) => b.n - a.n).find((x) => x.n > 0)?.k : undefined);
      const whom = invitedName(mine ?? kinds.join(' or '), invited.heads);
      // No short name for whom ("Si trabajas en comercio exterior en una empresa importadora…, escríbeme"): the offer itself,
      // where a clipped quote said nothing of it (s24).
      // In another language ("Jeśli jesteś kierowcą … – napisz"), the offer is said in English, never quoted in a draft in English.
      const foreign = inTheirLanguage(inv.quote);
      const short = `your offer to ${whom || 'talk'}`;
      // Nor one that points back to whom the sentence before names ("If that's you…, write to me"): said by whom it invites.
      const pointing = /^(?:So,?\s+)?If (?:that's|that is|this is|this sounds like) you\b/i.test(inv.quote) && !!whom;
      return [{ ...o, topic: '', short, ...(foreign || pointing ? { name: short } : {}), peer: true, invite: true, invited: whom, score: o.score + 200 }];
    }),
  )];
}

function experienceOpeners(profile: Profile, want: Want): Draft[] {
  const out: Draft[] = [];
  profile.experience.slice(0, 8).forEach((e, i) => {
    const role = asWritten(e.title);
    if (!role) return;
    const org = orgName(e.company);
    const now = isOngoing(e.dates);
    const year = since(e.dates);
    const at = org ? ` at ${org}` : '';
    // As the draft says it: "in the U.S. Army" (names.ts); `at` stays the key the names below are split on.
    const where = org ? atOrg(org) : '';
    // Titles share family words with any goal ("manager"): a title counts by its own words, a description by meaning.
    // Rank and job nouns anyone's title has ("Clinical Nurse Manager II" and "my first product manager role") share nothing.
    // The kind of place counts by meaning: a foundation is a charity, to someone setting one up (r41, set 37).
    const kind = (e.company ?? '').match(/\b(?:foundation|charity|trust|association|society|ngo|non-?profit)\b/gi)?.join(' ') ?? '';
    const placeKind = now && relevance(want.goal, kind) > 0;
    const rel = 2 * (relevance(want.goal, e.title.replace(/\b(?:manager|lead|senior|junior|head|director|chief|officer|specialist|associate|assistant|coordinator|principal|staff|I{1,3}|IV)\b/gi, ' '), false) + relevance(want.goal, e.description ?? '') + (placeKind ? 4 * relevance(want.goal, kind) : 0));
    const name = `your ${now ? '' : 'earlier '}${workAs(role)}${where}`;
    const label = `${now ? 'Now' : 'Earlier'}: ${role}${where}${now && year ? ` (since ${year})` : ''}`;
    // A title they still hold a rank above is no earlier work: "your earlier work as a staff nurse", to a senior staff nurse,
    // read as if she no longer nursed (r32a paired review).
    const held = !now && profile.experience.some((x) => isOngoing(x.dates) && fold(asWritten(x.title)).includes(fold(role)));
    if (!held) out.push({ id: `experience:${i}`, kind: 'experience', label, detail: `${role}${at}`, quote: '', topic: '', name, short: name, source: `${role}${at}`, relevance: rel, score: rel * 10 + SPECIFIC.experience + (now ? 1 : -3) - i * 0.2 - (besideMain(profile, e) ? 4 : 0), ...(placeKind ? { placeKind } : {}) });
    quotableSentences(e.description ?? '').slice(0, 3).forEach((s, k) => {
      const o = sentenceOpener('about', `experience:${i}.${k}` as HookId, s, want, now ? 1 : 0);
      // A CV line ("Led a team of 4 assistant curators") said as what they did: "I saw that you led a team of 4 assistant
      // curators at Museo…", never the bullet pasted in with its capital (h4 review), nor their job title in its place; so
      // are "Now I design onboarding…" ("that you now design…") and "We run a monthly…" ("that you run…").
      const mine = /^(?:(Now|Today|Currently),?\s+)?(I|We)\s+(?!am\b|'m\b|was\b|are\b|were\b|'re\b)(?=\p{Ll})/u.exec(s);
      const said = mine ? s.replace(mine[0], `${mine[2]} ${mine[1] ? `${mine[1].toLowerCase()} ` : ''}`) : withSubject(s);
      // "I also host the company's summer internship…" said alone: "that you host your company's…" (s20 unseen pages).
      const cv = said !== s || mine ? `that ${secondPerson(said).replace(/^you also\s+/, 'you ').replace(/[.!]$/, '')}${org && !/,/.test(s) && !fold(s).includes(fold(org)) ? where : ''}` : '';
      const did = cv && textLength(cv) <= 130 ? cv : '';
      // Short of room, what they did up to its first phrase ("that you redesigned new-graduate nurse onboarding at Harbourside
      // Health"), not their job title in its place.
      // Never a change cut from its result ("that you took a 220-seat restaurant from a 6% to a 14% margin": s19 unseen pages).
      // Up to a colon too: "that you were promoted to Head Teacher in 2015", never "that you were promoted" (r34, set 22).
      const head = cv && !FROM_TO.test(cv) ? /^(that you \S+(?:\s+\S+){2,}?)(?:[,:]\s|\s+(?:from|so|which|because|while|after|before|including|and then)\s)/u.exec(cv)?.[1] ?? '' : '';
      const brief = head && textLength(head) <= 80 ? `${head.replace(/,$/, '')}${org && !fold(head).includes(fold(org)) ? where : ''}` : '';
      // A fragment with no verb ("Team of 2 PMs and 9 engineers") is no line to open on, whatever it shares (r17 review).
      // One on a change of their own still says something ("First role after leaving teaching", to someone after a first role: r17).
      // Nor one that says only where they work ("Based at the National Marine Science Centre": s7, once a shorter ask left room for it).
      if ((!did && verbOf(withSubject(s)) === null && !/\b(?:after|since) leaving\b/i.test(s)) || /^(?:Based|Located|Stationed)\s+(?:at|in|out of)\b/i.test(s)) o.score -= 60;
      // Done to them ("Promoted to Head Teacher in 2015") says less than what they did or wrote: "I saw that you were promoted"
      // opened a note where their post on hiring tutors could (r34b paired review), so it comes after any line near the sender.
      if (/^I was\s/.test(said)) {
        o.score -= 20;
        o.relevance = Math.min(o.relevance, 1);
      }
      // "I'm writing about how you describe your work at Ledgerline, …", never "writing about what you write about".
      // Too long to say whole in a short note, it is still said as what they did in a message, up to 160 characters, before
      // its first phrase alone; never the bullet pasted in ("how you describe your work at Harbourside Health, "Redesigned…"").
      const long = cv && textLength(cv) <= 160 ? cv : '';
      out.push({ ...o, kind: 'experience', name: did || long || brief || `how you describe your work${where}, "${o.quote}"`, short: o.topic ? `your work on ${o.topic}${where}` : (did && textLength(did) <= 100 ? did : brief || did) || name, label: `${now ? 'Now' : 'Earlier'}${where}: "${chipQuote(o.quote)}"` });
    });
  });
  return out;
}

/**
 * An offer to talk to people like the sender ("If you're a sous chef … who wants to move into management, I'm happy to grab a
 * coffee", "I'm always happy to talk to … operations managers thinking of moving into this field"): quoted whole, since its
 * topic means nothing out of it ("your line on moving into this field"), and no idea to apply (s19 unseen pages).
 */
// In their language too ("Jeśli jesteś kierowcą … – napisz", to a therapist: s24).
// Slots they keep for calls ("Thursday call slots for this month are open…, just bring your questions"): an open door, never
// "your line on Thursday call slots" with "2 questions on that" (s16).
export const OPEN_DOOR = /\b(?:I'm|I am)\s+(?:always\s+)?(?:happy|glad)\s+to\s+(?:talk|chat|help|grab a coffee|hear from|answer|(?:do|have|jump on)\s+a\s+(?:short\s+|quick\s+|free\s+)?(?:\d+[- ]min(?:ute)?\s+)?(?:call|chat))|^If you(?:'re| are|'ve| have| work| run| teach| study| manage| lead)\b.*\b(?:DM me|message me|reach out|get in touch|comment or DM|my DMs are open|send me a (?:message|DM|note)|feel free to connect|write to me|drop me a (?:line|note|message))\b|\b(?:call|coffee|chat)\s+slots?\b.*\b(?:open|available|free)\b|\bjust bring your questions\b|^If you(?:'re| are) an? [^:]{3,70}:\s|^(?:Si|Se|Je[sśż]li|Kung)\s.*(?:escr[ií]beme|m[aá]ndame|escreva-me|napisz|message me)/iu;
/** OPEN_DOOR of a line, worked out once: every sentence of a page is asked on every try of a draft (compose ≤ 5 ms a draft). */
export const opensDoor = memo((s: string) => OPEN_DOOR.test(s));
/** An offer to talk, not advice ("I'm happy to grab a coffee", "comment or DM me"): a note names it as an offer. */
const OFFER = /\b(?:happy|glad)\s+to\b|DM me|message me|reach out|get in touch|comment\b/i;
/** Whom a line is written to ("If you're a volunteer trying to get your first paid fundraising role: …" → "volunteer trying to…"). */
const WRITTEN_TO = /^(?:(?:So|And|But|Also),?\s+)?If you(?:'re| are) (?:an? )?([^:,]{3,70})[:,]/i;
/** Advice to people doing what the sender is about to do ("If you're thinking of starting a choir: start small, …"). */
const ADVICE_TO_DOING = /^(?:(?:So|And|But|Also),?\s+)?If you(?:'re| are) (?:thinking (?:of|about) |planning (?:on|to) |about to |trying to )?(\p{Ll}+(?:ing)?\s[^:]{3,60}):\s/u;

/** A verb that says nothing without where it took a thing: "took a 220-seat restaurant from a 6% to a 14% margin" (not "redesigned … from"). */
const FROM_TO = /^that you (?:took|brought|moved|turned|got|pushed|lifted|grew|went)\b.*\bfrom\b.+\bto\b/;

/**
 * A move from the sender's kind of job into one their goal names ("warehouse operative" → "dispatcher", to a warehouse operative
 * after a dispatcher job): the words of the new title that are not the sender's kind must be the goal's ("clinical nurse
 * manager" is no move a nurse educator building onboarding for new nurses is after).
 */
export function mirrorMove(from: string, to: string, want: Want, anyFrom = false): boolean {
  if (!anyFrom && ![...terms(from).stems].some((st) => want.kind?.has(st))) return false;
  return wantedJob(to, want);
}

/** A title that is the job the sender's goal names, by words other than the sender's own kind of job and rank. */
export function wantedJob(title: string, want: Want): boolean {
  const fresh = [...terms(title).stems].filter((st) => !want.kind?.has(st) && !/^(?:junior|senior|lead|princip|staff|head|chief|associ|assist)$/.test(st));
  return fresh.some((st) => want.goal.stems.has(st)) && relevance(want.goal, title) >= 2;
}

/** A part-time role taken up beside one they still hold ("Simulation Instructor (part-time)" beside a flight paramedic's job). */
function besideMain(profile: Profile, e: Profile['experience'][number]): boolean {
  const startOf = (x: Profile['experience'][number]) => monthIndex(parseStart(x.dates)) ?? 0;
  return /\bpart[- ]time\b/i.test(e.title) && isOngoing(e.dates) && profile.experience.some((m) => m !== e && isOngoing(m.dates) && startOf(m) < startOf(e));
}

/** Real career moves: an ended role followed by a different one (public-2023-a's "Co-Founder" → "Co-Founder & CTO" is no move). */
function moveOpeners(profile: Profile, want: Want, careerGoal: boolean, target: string): Draft[] {
  const out: Draft[] = [];
  // A role held beside the main one ("Angel Investor, Self-employed", an advisory seat) is no step in a career: never "your move
  // from co-founder and COO to angel investor" for a founder who went on to found another company (r18 paired review).
  // An internship or a placement between two jobs is a way in, not a job of its own: the move is from the job before it to the
  // job after ("personal trainer" → "S&C coach", with two evenings a week as an intern between: s21 unseen pages).
  // So is a role taken up beside one they still hold ("Part-time Instructor" since 2017, a chief engineer since 2016): never
  // "your move from second engineer to part-time instructor" (s22 blind review: a false claim).
  const list = profile.experience.slice(0, 6).filter((e) => !/\b(?:angel|investor|advis[oe]r|board member|non-executive|trustee|mentor|intern|internship|trainee|placement)\b/i.test(e.title) && !besideMain(profile, e));
  // The sender's own move counts wherever it sits, past three promotions after it (r38, set 29: "English Teacher" →
  // "Onboarding Specialist" under three steps up at Nubeo, to a teacher heading into onboarding).
  const own: Draft[] = [];
  for (let i = 0; i + 1 < list.length && (out.length < 3 || !own.length); i++) {
    const to = list[i];
    const from = list[i + 1];
    if (!to || !from || isOngoing(from.dates)) continue;
    const a = asWritten(from.title);
    // "Wind Turbine Technician → Lead Technician" since 2013: the move was into its first title; the later one is a promotion
    // (s14 review: "your 2013 move to lead technician" gave the promotion's year wrong).
    const b = asWritten(firstTitle(to.title));
    // An internship or a summer placement is no career move ("Digital Marketing Assistant (MBA Summer Experience)").
    if (/\b(?:intern|internship|summer|trainee|volunteer|placement)\b/i.test(`${to.title} ${from.title}`)) continue;
    // A bare "Associate" or "Consultant" says nothing about where they moved.
    if ([to.title, from.title].some((t) => /^(?:associate|assistant|consultant|member|employee|staff|freelancer?)$/i.test(t.trim()))) continue;
    if (!a || !b || fold(a).includes(fold(b)) || fold(b).includes(fold(a))) continue;
    // Named in English or not at all: never "your move from odontóloga general to fundadora y directora médica" (r32, set 18).
    if (foreignTitle(a) || foreignTitle(b)) continue;
    // The sender's own move ("warehouse operative" → "dispatcher", "junior credit risk analyst" → "actuarial analyst") is a move
    // though both titles say "analyst", and counts further down their CV than the two latest: how they made it is the best
    // question their page allows (s21 unseen pages).
    // It comes before their bare title, which says less ("IT support technician" → "SOC analyst", to a helpdesk technician
    // after a first SOC job: r40, set 34).
    const mine = mirrorMove(from.title, to.title, want);
    // Their first step from doing the work to running it, in any field and though a promotion, to a sender after that very
    // step ("sales assistant" → "department supervisor", to a call-centre agent set on team leader: r39, set 31, where the
    // drafts asked about a later step, "department supervisor" → "deputy store manager").
    // Into a job that leads people, not a business of their own ("founder and CEO" is no step a branch manager takes).
    // Or their step from working in a trade to owning a business in it ("journeyman electrician" → "owner / master electrician"),
    // to a sender set on a business of their own (r40, set 35: a plumber; the draft opened on his bare title).
    const opened = !!want.opens && !out.some((d) => d.climb) && OWNER.test(b) && !OWNER.test(a);
    const climb = opened || (!!want.climbs && !out.some((d) => d.climb) && !RUNS.test(a) && leadsPeople(b) && !/\b(?:founder|co-founder|owner|ceo|proprietor|partner)\b/i.test(b) && !list.slice(i + 2).some((e) => RUNS.test(e.title)));
    // Into where the sender is heading, from a title outside it ("senior pharmacist" → "informatics pharmacist", to a nurse
    // moving into clinical informatics): the move they want to make, though both titles share a word, even in one organisation.
    const into = !!target && namesField(b, target) && !namesField(a, target);
    // Further down their CV too: a chef who became an apprentice carpenter ten years ago, to someone set on a carpentry
    // apprenticeship (r32, set 17: the draft asked about her later move from carpenter to site supervisor).
    if ((i >= 3 || out.length >= 2) && !mine && !into && !climb) continue;
    const field = otherField(a, b);
    if (!into && !mine && !climb && !field && sameField(a, b)) continue;
    // Two titles in one line of work ("account executive" → "regional sales manager") are a step up, not a change of field.
    const fa = terms(a).families;
    if (!into && !mine && !climb && !field && [...terms(b).families].some((f) => fa.has(f) && !/^(?:teams|career|strategy|explaining)$/.test(f))) continue;
    // A move is one role after another: the new one starts after the old one started, and not long before it ended.
    const began = monthIndex(parseStart(to.dates));
    const ended = monthIndex(parseEnd(from.dates));
    const before = monthIndex(parseStart(from.dates));
    // The sender's own move may overlap the old job by months: a roofer who installed solar part-time for six months before
    // leaving roofing made that move all the same (s21 unseen pages).
    if (began === null || ended === null || before === null || began <= before || began < ended - (mine ? 12 : 3) || began > ended + 12) continue;
    // A new title at the same organisation is a promotion, not a career move; unless it is the very step the sender is after
    // ("housekeeping supervisor" → "assistant executive housekeeper", to a housekeeping supervisor set on that promotion: s16).
    if (!into && !mine && !climb && fold(orgName(to.company, 200)) === fold(orgName(from.company, 200))) continue;
    const name = `your move from ${a} to ${b}`;
    // From the sender's very job (every word of it), not one that shares a word ("wind turbine technician" is no electrical one).
    const mirror = mine && !!want.kind?.size && [...want.kind].every((st) => terms(from.title).stems.has(st));
    // Titles share words with anyone's role ("manager"): only the goal counts for a move.
    const rel = 2 * relevance(want.goal, `${from.title} ${to.title}${careerGoal ? ' career move change' : ''}`, careerGoal);
    if (out.length >= 3 && !mine && !climb) continue;
    const draft: Draft = { year: String(since(to.dates) ?? '') || undefined, id: `move:${i}`, kind: 'move', label: `Career move: ${a} → ${b}${orgName(to.company) ? ` at ${orgName(to.company)}` : ''}`, detail: `${a} to ${b}`, quote: '', topic: '', name, short: name, source: name, relevance: climb ? Math.max(rel, 4) : rel, ...(climb ? { goalRelevance: 3 } : {}), score: (climb ? Math.max(rel, 4) : rel) * 10 + SPECIFIC.move - i + (mine ? 5 : 0), ...(mirror ? { mirror } : {}), ...(into ? { into } : {}), ...(climb ? { climb } : {}) };
    if (mine || climb) own.push(draft);
    out.push(draft);
  }
  // Three at most, the sender's own kept.
  return out.length > 3 ? [...out.slice(0, 3 - own.filter((d) => out.indexOf(d) >= 3).length), ...own.filter((d) => out.indexOf(d) >= 3)] : out;
}

function sharedOpeners(profile: Profile, me: Partial<Me>): Draft[] {
  const out: Draft[] = [];
  const same = (a: string, b: string) => {
    const x = fold(a);
    const y = fold(b);
    return x.length >= 3 && y.length >= 3 && (x === y || (Math.min(x.length, y.length) >= 5 && (x.includes(y) || y.includes(x))));
  };
  const school = profile.education.findIndex((e) => same(e.school, me.school ?? ''));
  const edu = profile.education[school];
  if (edu) {
    const s = clipWords(plainInsert(edu.school), 60);
    out.push({ id: `shared-school:${school}`, kind: 'shared-school', label: `Both studied at ${s}`, detail: s, quote: '', topic: '', name: `that we both studied at ${s}`, short: `that we both studied at ${s}`, source: s, relevance: 0, score: SPECIFIC['shared-school'] });
  }
  const org = orgName(me.organisation, 200);
  const idx = profile.experience.findIndex((e) => same(orgName(e.company, 200), org));
  const e = profile.experience[idx];
  if (e && org) {
    const o = orgName(e.company, 50);
    const both = isOngoing(e.dates) ? `that we both work at ${o}` : `that you also worked at ${o}`;
    out.push({ id: `shared-org:${idx}`, kind: 'shared-org', label: `Both at ${o}`, detail: o, quote: '', topic: '', name: both, short: both, source: o, relevance: 0, score: SPECIFIC['shared-org'] });
  }
  const city = clipWords(plainInsert(me.city), 40);
  if (city && sameCity(city, profile.location)) {
    out.push({ id: 'shared-city', kind: 'shared-city', label: `Both in ${city}`, detail: city, quote: '', topic: '', name: `that we are both in ${city}`, short: `that we are both in ${city}`, source: city, relevance: 0, score: SPECIFIC['shared-city'] });
  }
  return out;
}

function headlineOpener(profile: Profile, want: Want): Draft[] {
  const { roles, fields } = headlineRoles(profile.headline);
  // In English or not at all: never "your work on praxismanagerin" (r32, set 18).
  // Nor by a bare acronym from a list of techniques ("CHO • CRISPR • Upstream Bioprocess": never "your work on CHO", r38, set 30).
  const field = fields.find((f) => !foreignTitle(f) && !/^\p{Lu}{2,5}$/u.test(f));
  const role = roles.find((r) => !foreignTitle(r));
  if (!field && !role) return [];
  const name = field ? `your work in ${field}` : `your work as ${withRoleArticle(role ?? '')}`;
  return [{ id: 'headline', kind: 'headline', label: `Headline: ${field ?? role}`, detail: field ?? role ?? '', quote: '', topic: field ?? '', name, short: name, source: profile.headline ?? '', relevance: bearing(want, profile.headline ?? ''), score: SPECIFIC.headline }];
}

/**
 * Every opener the profile offers, best first. Ties keep the page's order, so the same reading and
 * the same sender give the same list.
 */
export function findOpeners(profile: Profile, me: Partial<Me> = {}): Opener[] {
  const want = wantOf(me);
  const about = quotableSentences(profile.about ?? '').slice(0, 12).map((s, k) => sentenceOpener('about', `about:${k}`, s, want, 0));
  // The same sentence in their About and a post: it is named as their About line, the same way on every page.
  const all = [...about, ...activityOpeners(profile, want), ...experienceOpeners(profile, want), ...moveOpeners(profile, want, CAREER_GOAL.test(me.shortTermGoal || me.longTermGoal || ''), careerTarget(goalText(me)) || apprenticeshipTrade(goalText(me))), ...sharedOpeners(profile, me), ...headlineOpener(profile, want)];
  // An invitation to the sender takes the place of the line it was cut from.
  const invited = invitationOpeners(profile, want, me);
  const cut = (o: Draft) => !!o.quote && invited.some((v) => !!v.quote && (o.source.includes(v.quote) || v.quote.includes(o.quote)));
  const seen = new Set<string>();
  // A line in a language the sender doesn't write is not quoted to them: "I read the line "Vandaag rondde een cliënt van mij zijn
  // toezicht af"" from a sender who reads no Dutch (r33, set 19 blind review); to one who writes Portuguese, a Portuguese line is.
  // Spanish and Portuguese each read the other (r33 paired review: a Spanish line was right for a Brazilian TSB).
  const theirs = new Set([me.whatIDo, me.shortTermGoal, me.longTermGoal, me.role].map((t) => foreignStretch(t ?? '')?.language).flatMap((l) => (l === 'Spanish' || l === 'Portuguese' ? ['Spanish', 'Portuguese'] : l ? [l] : [])));
  // A title is named as printed ("EUDR para cooperativas de cacao y café"), as one names a book.
  const readable = (o: Draft) => {
    if (!o.quote || o.invite || o.kind === 'article' || o.kind === 'featured') return true;
    // A line too short for foreignStretch that opens in another language ("Sono cresciuta tra i telai", to a merchandiser in
    // Dhaka: r34, set 21) is no more readable.
    const language = foreignStretch(o.quote)?.language ?? (openingLanguage(o.quote) || shortLineLanguage(o.quote));
    return !language || theirs.has(language);
  };
  // An offer to talk on a topic they list gives way to a line of theirs squarely on the goal ("Write your plans in a Brief",
  // to a product manager writing product plans): that line says more than a topic in a list.
  const squarely = all.some((o) => o.quote && (o.goalRelevance ?? 0) >= 4);
  const unique = [...invited.filter((o) => o.quote || !squarely), ...all.filter((o) => !cut(o) && readable(o))].filter((o) => {
    const key = o.quote ? fold(o.quote.replace(/^(?:[\p{L} ]{2,25}),\s+/u, '')) : o.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Something they did or wrote comes before their bare job title, however well the title matches (ARCHITECTURE.md §2: a title is the fallback).
  // A role change too comes after any line of theirs that bears on the sender at all: what they wrote says more than a new title.
  // For a career-changer, a line that barely bears on them says less than the move the person made themselves.
  const careerGoal = CAREER_GOAL.test(me.shortTermGoal || me.longTermGoal || '');
  // A whole piece they wrote on the sender's goal, as on it as any line of theirs, beats a line among their job's details: the
  // article "Pricing experiments in a marketplace…" before "I build demand forecasting and pricing models…" (r17 review); never
  // a title further from the goal than a line ("…data, customers and operations…" over "…start with the customer journey…").
  const most = Math.max(0, ...unique.filter((o) => o.quote).map((o) => o.goalRelevance ?? 0));
  for (const o of unique) if ((o.kind === 'article' || o.kind === 'post') && !o.part && o.quote === o.source && most >= 3 && (o.goalRelevance ?? 0) === most) o.score += 25;
  // A career-changer and a line of theirs on a change of their own ("From newsroom to product team: what transferred…",
  // "I moved into UX research in 2019…"): the move they made, in their words, says most (unseen pages).
  // Only a move into where the sender is heading: "switching to management" says nothing to someone moving into UX research.
  // The goal as the drafts say it: "break into cybersecurity from IT support by next summer (sitting Security+…)" leads to cybersecurity.
  const target = careerTarget(goalText(me));
  // Any change of field they write about comes next, for a change of career (not for a step up: aims.ts `becoming`).
  const changing = careerGoal && !!target && !becoming(goalText(me));
  if (careerGoal && target) for (const o of unique) if (o.quote && movedInto(o.source, target)) o.score += 30;
  else if (changing && o.quote && CHANGED_FIELD.test(o.source)) o.score += 25;
  // Their line on how they landed a first role ("I got my first content role at an agency…"), to a sender after a first role:
  // they stood where the sender stands, which is why them (first-role.ts). It counted by the word "role" until that became a
  // word that says no topic (r26).
  if (firstRoleWanted(goalText(me))) for (const o of unique) if (o.quote && firstRoleIn(o.source)) o.score += 20;
  // They started where the sender is and work where the sender is heading: the line on their start is the reason to write,
  // before any line on the goal alone (their-start.ts). Not over an invitation to the sender, which is the stronger reason.
  if (target && !invited.length && holdsTarget(profile, target)) for (const o of unique) if (o.quote && (o.kind === 'about' || o.kind === 'post' || o.kind === 'article') && startedAsSender(o.source, me, target)) o.started = true;
  // Nothing of theirs bears on the sender: a line with a short name that can be asked about ("Burnout is our biggest problem…",
  // "What convinced you that…?") before one only named and left ("Six months ago we offered every vet…"), so the questions
  // follow the opening (r18 paired review, 18 to 1). Not for a career-changer, whose reason is a move of theirs ("making a
  // move of my own"), which won the one pair it was put against.
  if (!careerGoal) for (const o of unique) if (o.quote && o.topic && o.relevance <= 1 && lineQuestion(o.source)) o.score += 4;
  // An offer to talk to people of another kind is no opening: "If you're a sous chef … I'm happy to grab a coffee", sent by a
  // procurement analyst (s19 review: "quotes an open invitation that excludes the sender").
  const mine = new Set([...terms(`${me.role ?? ''} ${me.whatIDo ?? ''}`).stems, ...terms(target).stems].filter((st) => !/^(?:junior|senior|lead|princip|staff|associ|head|chief|manag)$/.test(st)));
  // By whom its condition names: "If you work in hospitality and you're thinking about moving into recruitment or HR, write to
  // me" invites no HR generalist, though it names HR (r38, set 29): below any line of theirs, even their job.
  // Whom it names, not what they want: "If you're an agent who wants to become a team lead" invites no sous chef who leads a
  // kitchen team (r39).
  const condition = (x: string) => /^If you(?:'re| are|'ve| have)?\s+(.+?)(?:\s+(?:and|who|that)\s|[,:;])/i.exec(x)?.[1] ?? x;
  for (const o of unique) if (o.quote && !o.invite && opensDoor(o.source) && ![...terms(condition(o.source)).stems].some((st) => mine.has(st))) {
    o.score -= 1000;
    o.peer = undefined;
  }
  const wrote = unique.some((o) => o.quote && (careerGoal ? (o.goalRelevance ?? 0) >= 2 || o.relevance >= 4 : o.relevance > 0));
  // A CV fragment with no verb ("Caseload of complex outpatients, parent coaching programme lead, …") is said as their job
  // title, so it comes after any line of theirs a draft can quote (s21: "your work as a senior occupational therapist" opened
  // a draft over her line "Let the parent do it in the session while you coach").
  // Only when such a line is squarely on the goal; one on a change of their own still says something ("First role after
  // leaving teaching", r17).
  const onGoal = unique.some((o) => o.quote && o.kind !== 'experience' && (o.goalRelevance ?? 0) >= 4);
  const fragment = (o: Draft) => onGoal && o.kind === 'experience' && !!o.quote && !/^that you /.test(o.name) && verbOf(withSubject(o.source)) === null && !/\b(?:after|since) leaving\b/i.test(o.source);
  // The sender's own move, made by them, opens the draft before a line that only shares the field's words ("So proud of my
  // housekeeping team", to a housekeeping supervisor set on the promotion they got: s16); not before a line on the goal itself.
  // Their job now, when it is the very job the sender wants ("Scrum Master" at a bank, to a project coordinator at a bank after a
  // scrum master role), before a line that only shares the field's words (r39, set 32: "Clear interfaces between teams…").
  // Only to a goal that names a job ("get a scrum master role"), not a field (a career change says "You work in …"), and where
  // no line of theirs bears on the goal at all.
  const jobNamed = !careerTarget(goalText(me)) && /\b(?:role|job|position|become|promoted|promotion)\b/i.test(goalText(me));
  const lines = unique.some((o) => o.quote && (o.goalRelevance ?? 0) >= 2);
  // Or where the kind of place they run now is what the sender is setting up ("co-chair at Hoa Sen Foundation", to a nurse turning
  // her Saturday sessions into a charity: r41, set 37), and no line of theirs bears on the goal.
  const holds = (o: Draft) => !lines && o.kind === 'experience' && !o.quote && !/^your earlier /.test(o.name) && ((jobNamed && !!me.role && !wantedJob(me.role, want) && wantedJob(o.detail.replace(/\s+at\s+.*$/, ''), want)) || !!o.placeKind);
  const bare = (o: Draft) => ((!o.quote && !holds(o) && (o.kind === 'experience' || o.kind === 'headline' || (wrote && o.kind === 'move' && !(o.mirror && !onGoal)))) || fragment(o) ? 1 : 0);
  // A line squarely on the goal, three of its words or more ("Raised a $1.8M seed round in 2024", to someone raising a first
  // seed round), before any line that only shares the sender's background ("I spent 19 years in public schools", to a
  // teacher): s19 unseen pages.
  // So does a line on people of the sender's kind making the sender's move (s20 unseen pages).
  const square = (o: Draft) => ((o.quote && ((o.goalRelevance ?? 0) >= 6 || o.peer || o.started)) || (o.mirror && !onGoal) ? 0 : 1);
  const start = (o: Draft) => (o.started ? 0 : 1);
  return unique.map((o) => ({ ...o, tiny: tinyNames(o) })).map((o, i) => ({ o, i })).sort((a, b) => bare(a.o) - bare(b.o) || square(a.o) - square(b.o) || start(a.o) - start(b.o) || b.o.score - a.o.score || a.i - b.i).map(({ o }) => o);
}

/** "Three of the controllers in my team started in accounts payable or …" → controllers, started, in accounts payable. */
const PEOPLE_WHO = /^(?:(?:some|many|most|all|half|several|a few|two|three|four|five|\d+)\s+of\s+)?(?:the|my|our)?\s*(?:best\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s+(?:(?:in|on) (?:my|our) teams?\s+|I know\s+|I(?:'ve| have) (?:hired|worked with)\s+)?(started|began|came|come|moved|switched)\s+((?:in|as|by|from|into|out of)\s+[^,.;:]{3,36}?)(?=\s+(?:or|and|but|because|which|who)\s|[,.;:!]|$)/iu;

/** Names for a 200-character note, longest first: a topic, a short quote or title, the role or move in a few words. */
function tinyNames(o: Draft): string[] {
  const out: string[] = [];
  const add = (x: string) => {
    if (x && textLength(x) <= 64 && !out.includes(x)) out.push(x);
  };
  const where = o.kind === 'experience' || o.kind === 'headline' ? 'your work' : o.kind === 'about' || o.part ? 'your line' : `your ${o.kind}`;
  if (o.topic) add(o.kind === 'about' ? `what you wrote on ${o.topic}` : `${where} on ${o.topic}`);
  // An invitation to the sender, by whom it invites: "your offer to cadets" (invitation.ts).
  const invited = o.invited ?? '';
  // Without where they are, when that is what a note has room for ("your offer to planning graduates").
  // Never down to "people working" of "people working on the community side" (s24).
  // A field is no place: never "people early" of "people early in sales working out the jump from SDR to AE", which is said
  // by what they are doing instead, "people working out the jump from SDR to AE" (r40, set 34).
  const placeless = invited.replace(/\s(?:in|at|on|across)\s(?!sales\b|marketing\b|tech\b|finance\b|research\b).*$/, '');
  const busy = /^people\s(?:(?!\p{Ll}+ing\b)[\p{L}-]+\s){1,4}?(\p{Ll}+ing\b.*)$/u.exec(invited)?.[1];
  const whom = invited ? [invited, ...(placeless !== invited && !/(?:^|\s)(?:\p{Ll}+ing|people)$/u.test(placeless) ? [placeless] : []), ...(busy ? [`people ${busy}`] : [])].map((x) => `your offer to ${x}`) : [];
  whom.forEach(add);
  // Whom it invites too long for a note ("your offer to people working on the community side"), or no name at all: the offer itself.
  if (o.invite && whom.every((x) => x.length > 55)) add('your offer to talk');
  // Advice written to people like the sender, by whom it is for: "your advice to volunteers" (s20 unseen pages).
  // By its noun ("sous chef or shift lead who…" → "sous chefs"), never its first word ("souses").
  const to = (/^If you(?:'re| are) an? ([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s+(?:or|and|who|that|trying|wondering|looking|thinking|in|at|with|from)\b|[:,])/iu.exec(o.source)?.[1] ?? '').toLowerCase();
  if (to && o.peer && !o.invite) add(`your ${OFFER.test(o.source) ? 'offer' : 'advice'} to ${plural(to)}`);
  // Advice to people by where they come from ("If you come from graphic design or advertising like me: …"): "your advice to
  // people coming from graphic design" (r38, set 28: a note that had no room for the line fell back on an old job).
  const comeFrom = o.peer && !to && !o.invite ? /^If you (?:come|came|are coming|'re coming) from ([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s+(?:or|and|like)\b|[:,])/iu.exec(o.source)?.[1] : '';
  if (comeFrom) add(`your advice to people coming from ${comeFrom}`);
  // An offer to people doing something ("If you're transitioning and thinking about civil engineering, comment or DM me"):
  // "your offer to people thinking about civil engineering".
  const doing = o.peer && !to && !o.invite ? /^If you(?:'re| are) (\p{Ll}+ing\b[^,:]{3,60})[,:]/u.exec(o.source)?.[1]?.split(/\s+and\s+/).pop() : '';
  if (doing) add(`your ${OFFER.test(o.source) ? 'offer' : 'advice'} to people ${doing}`);
  // People of the sender's kind who made the sender's move, by who they are and where they started: "your post on controllers
  // who started in accounts payable", where a note fell back on their employer for want of a short name (s20 notes).
  const started = o.peer && !to && !doing ? PEOPLE_WHO.exec(withoutLeadIn(o.source).replace(/^I believe (?:that )?/i, '')) : null;
  // Never "your line on If you who come from graphic design" (r38, set 28): a condition names no people.
  if (started && !/(?:^|\s)(?:I|we|they|you)$/i.test(started[1] ?? '')) add(`${where} on ${(started[1] ?? '').replace(/^(?:best|young|new)\s+/i, '')} who ${started[2]} ${started[3]}`);
  // Whom they hire, without where: "your post on hiring 2 junior physiotherapists" (s20 unseen pages).
  if (o.hiring) add(`your post on hiring ${o.hiring.split(/\s+(?:for|at|in|to|on|with|based)\s/)[0]}`);
  // A topic too long for a note, without its relative clause: "your line on building a simple weekly report" (r16 review: a
  // note from someone who builds weekly reports went out on a weaker line of theirs for want of a short name for this one);
  // four words at least: "managing the team" alone names nothing.
  const bare = o.topic.replace(/\s+(?:that|which|who)\s.*$/, '');
  if (bare !== o.topic && bare.split(/\s+/).length >= 4) add(o.kind === 'about' ? `what you wrote on ${bare}` : `${where} on ${bare}`);
  // Or without its last clause of time or cause: "your line on designing services that stay fast" (r17 notes review: a
  // backend engineer's note went out on a mentoring line, for want of a short name for the line on services under load).
  const lead = o.topic.replace(/\s+(?:when|while|because|after|before|until|once|so that|even when|even if)\s.*$/, '');
  if (lead !== o.topic && lead.split(/\s+/).length >= 4) add(`${where} on ${lead}`);
  // A title that tells what they did ("We built a simple weekly report that leadership actually read") has a topic a note
  // can name when the title is too long for it: "your article on building a simple weekly report".
  if (!o.topic && o.quote && !o.part && (o.kind === 'article' || o.kind === 'post') && /^(?:We|I)\s+(?:\p{L}+ed|built|made|ran|wrote|led|took|found|spent)\s/u.test(o.quote)) {
    const t = topicOf(o.quote);
    add(`${where} on ${textLength(t) + where.length > 60 ? t.replace(/\s+(?:that|which|who)\s.*$/, '') : t}`);
  }
  // A line on what they do, too long for a note, by its head: "your line on building data products" (r14 notes review: a
  // nurse heading into product work got "your line on documentation" for want of a short name for it).
  const head = !o.topic && o.quote && o.kind !== 'experience' ? doingTopic(o.quote, true) : '';
  if (head) add(`${where} on ${head}`);
  // A CV line as what they did ("that you manage 4 writers…"), never 'your work "Manage 4 writers…"' (h4 review).
  // Too long still, up to its first phrase of whom or where: "that you drafted grant applications" (s19 review: a note to a
  // curator who drafted grant applications named only her museum, for want of a short name for the line).
  // Never a change cut from its result: "that you took a 220-seat restaurant from a 6% to a 14% operating margin" (s19).
  // Never one done to them, cut to the deed: "that you were promoted" says nothing (r34b paired review).
  // Nor a move cut from where it went: "that you led the move" of "Led the move to a shared component library" (r38, set 28).
  const upTo = (x: string) => (FROM_TO.test(x) ? '' : /^(that you \S+(?:\s+\S+){1,6}?)\s+(?:for|to|at|across|with)\s/u.exec(x)?.[1]?.replace(/^that you were \S+$/u, '').replace(/^.*\b(?:move|switch|transition|shift|migration|change|jump|path|way)$/u, '') ?? '');
  if (o.kind === 'experience' && o.quote) [o.name, o.short].filter((x) => /^that you /.test(x)).flatMap((x) => [x, x.replace(/ (?:at|in the(?= \p{Lu})) [^,]+$/u, ''), upTo(x)]).forEach(add);
  else if (o.kind !== 'experience' || !o.quote) {
    if (o.quote) add(`${where} "${o.quote}"`);
    // A change of their own, named by where it went ("your line on moving from market research to UX research"): a perfect
    // fit's note never falls back to their job title for want of a short name (r14: a researcher who made the sender's move
    // got "your work as a UX researcher").
    const moved = o.quote ? /\b(?:switched|moved|switching|moving|transitioned)\s+((?:from\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+)?(?:to|into)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:in|after|before|at|when|because|by|with)\b|[.,;:!?]|$)/u.exec(o.quote)?.[1] ?? '' : '';
    // Not where they invite others to move ("…thinking of moving into this field"): that is no move of theirs.
    if (moved && !opensDoor(o.quote) && !/\b(?:this|that|the) (?:field|area|space|industry)$/.test(moved)) add(`${where} on moving ${moved}`);
    // A title too long for a note, by its head: 'your article "From newsroom to product team"' (h4 review: a note to a
    // career-changer named her job instead of that article).
    const colon = o.quote && !o.part && (o.kind === 'article' || o.kind === 'post') ? /^([^:]{12,50}):\s/.exec(o.quote)?.[1] ?? '' : '';
    if (colon && colon.split(/\s+/).length >= 3) add(`${where} "${colon}"`);
    const clause = o.quote ? leadingClause(`${o.quote}.`) : '';
    if (clause) add(`${where} "${asQuote(clause)}"`);
  }
  if (o.kind === 'move') add(`your ${o.year ? `${o.year} ` : ''}move to ${o.detail.split(' to ').pop() ?? ''}`);
  if (!o.quote || o.kind === 'move' || o.kind.startsWith('shared-')) add(o.short);
  // A title's role in a few words; never a line of their description read as one ("your work as a Manage 7 engineers").
  if ((o.kind === 'experience' || o.kind === 'headline') && !o.quote) {
    const [head = '', org] = o.detail.split(' at ');
    const work = o.name.includes('earlier') ? 'your earlier work' : 'your work';
    add(`${work} as ${withRoleArticle(head)}`);
    add(`${work} as ${withRoleArticle(head.split(' and ')[0] ?? '')}`);
    if (org) add(`${work}${atOrg(org)}`);
  }
  if (o.kind.startsWith('shared-')) out.push(o.name);
  return out.sort((a, b) => textLength(b) - textLength(a)).filter((x, i, all) => i === 0 || x !== all[i - 1]);
}

/** An opener before its note-sized name is worked out. */
type Draft = Omit<Opener, 'tiny'>;

/** The public shape (what composeAsk returns and the popup shows). */
export function publicHook(o: Opener): Hook {
  return { id: o.id, kind: o.kind, label: o.label, detail: o.detail };
}
