import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { careerTarget, headOnly, targetWords, worksIn } from './aims';
import { goal } from './goals';
import type { Opener } from './openers';
import { aimTerms, relevance, terms } from './meaning';
import { audienceTie } from './audience';
import { entryField } from './bridge';

/**
 * How well this person fits this sender's goal, from what their page shows (ARCHITECTURE.md §2: why this
 * person). A draft can't invent a reason the page doesn't give: when the fit is poor, the popup says so
 * plainly, so the user can add what they know or write to someone closer, rather than send a forced hook.
 */
export type FitLevel = 'good' | 'fair' | 'poor';

export interface PairFit {
  level: FitLevel;
  /** 0 (nothing of theirs bears on the goal) and up: the best goal relevance among what they did or wrote. */
  score: number;
  /** One plain sentence the popup shows when the fit is poor; '' otherwise. */
  note: string;
}

/** Goal relevance from which a line of theirs is on the sender's problem (a shared word and its family, or more). */
export const ON_GOAL = 3;

/** A line of theirs that touches where a career-changer is heading through one of its words only ("data products", for health-tech product work). */
export function touchedOnly(profile: Profile, target: string, o: Opener | null): boolean {
  return !!o?.quote && o.kind !== 'move' && !!target && !worksIn(profile, target) && !!targetWords(target, o.source);
}

/** A poor fit whose page touches the goal through one word of it only ("design", "product"). */
const touchOnly = (score: number, word: string): PairFit => ({ level: 'poor', score, note: `Their page touches your goal only through "${word}": add why you chose them, or pick someone closer to your goal.` });

/**
 * `chosen`: the opener the draft opens with; `claims`: the draft says it bears on the sender's aims ("Your post
 * is on that same problem", "…bears on my longer-term goal"), or `'work'`: only on their current work ("…close to my own work"). The popup agrees with the draft: no warning
 * beside a draft that rightly ties its opening to the goal, and one whenever the opening doesn't bear on it.
 */
export function pairFit(profile: Profile, me: Partial<Me>, openers: readonly Opener[], chosen: Opener | null = openers[0] ?? null, claims: boolean | 'work' = false): PairFit {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (!g) return { level: 'fair', score: 0, note: '' };
  // A first job's field counts like a career change's: they may work in it ("starting out in backend engineering").
  const target = careerTarget(g.text) || entryField(g.text);
  // A hiring post counts as what they wrote, though it is named, not quoted (s20 unseen pages).
  const said = openers.filter((o) => o.quote || o.hiring);
  const score = Math.max(0, ...said.map((o) => o.goalRelevance ?? 0));
  const inTarget = worksIn(profile, target);
  const moved = !!target && openers.some((o) => o.kind === 'move');
  if (!openers.length || !chosen) return { level: 'poor', score: 0, note: '' };
  // They asked people like the sender to write (invitation.ts): whatever words it shares with the goal, that is the reason.
  if (chosen.invite) return { level: 'good', score, note: '' };
  // What the draft opens with bears on the goal: a line of theirs on it, or their own move for a career change.
  // A line that touches the goal once counts when it is dense with the sender's own topics ("Every outage taught us…" for reliability).
  const gr = chosen.goalRelevance ?? 0;
  // Not for a career change: there a line dense with the sender's skills ("We tested three pricing models" for a teacher short of testing) says little of where they are heading; a name they share (Python) says more.
  const bears = ((!!chosen.quote || !!chosen.hiring) && (gr >= 2 || (gr >= 1 && chosen.relevance >= (target ? 8 : 5)))) || (chosen.kind === 'move' && !!target && inTarget);
  // A career-changer's goal touched only through one of its words ("data products", "product ideas" for health-tech
  // product work): a line of theirs, but a thin reason; the popup says so rather than nothing or "nothing bears".
  const touches = target && !inTarget && chosen.kind !== 'move' ? said.map((o) => targetWords(target, o.source)).filter(Boolean) : [];
  const touched = touchedOnly(profile, target, chosen);
  // Only the head of the field they are after, in a field of its own ("content design" for game design): no more than a touch.
  const head = target && !inTarget && chosen.quote && chosen.kind !== 'move' ? headOnly(target, chosen.source) : '';
  if (head && !said.some((o) => o !== chosen && targetWords(target, o.source) === '' && (o.goalRelevance ?? 0) >= ON_GOAL && !headOnly(target, o.source))) {
    return touchOnly(score, head);
  }
  if (touches.length && (touched || !(bears || claims))) {
    const word = (touched ? targetWords(target, chosen.source) : touches[0] ?? '').replace(/\s+\S+$/, '');
    return touchOnly(score, word);
  }
  // One sentence of a post on other things, and nothing else on their page or in their title bears on the goal
  // ("Simple dashboards…" in a backend engineer's post on load tests, to an analyst): a thin reason, said so.
  const onGoal = new Set(said.filter((o) => (o.goalRelevance ?? 0) >= ON_GOAL).map((o) => o.source));
  const titled = relevance(terms(target || g.text), [profile.headline, profile.current?.title].filter(Boolean).join('. ')) > 0;
  // Not a line on people of the sender's kind making the sender's move: that line is the reason ("Some of the best HR people I
  // know started by running a shift", to a shift manager moving into HR, s20).
  // Nor a line on where they started, which is the sender's work now, when they work where the sender is heading (their-start.ts).
  // Nor their move from the sender's very job into the one the sender is after (openers.ts `mirror`): the same move (r31).
  // Nor their own move into the field the sender is heading for, from outside it, which the questions ask about (a chef who
  // became an apprentice carpenter, to a restaurant manager set on a carpentry apprenticeship: r32, set 17).
  if (chosen.peer || chosen.started || chosen.mirror || (!inTarget && openers.some((o) => o.kind === 'move' && o.into))) return { level: 'good', score, note: '' };
  if (bears && chosen.kind === 'post' && chosen.part && onGoal.size <= 1 && !titled && !inTarget) {
    return { level: 'poor', score, note: 'Only one line of theirs, in a post on other things, bears on your goal: add why you chose them, or pick someone closer to your goal.' };
  }
  // The draft ties the opening to the sender's current work only ("Your article is close to my own work"), and a career-changer's
  // goal is elsewhere: every blind review asked for a note here (teacher → a foundation chair who mentors students).
  if (!bears && claims === 'work' && target && !inTarget) return { level: 'poor', score, note: "Their page bears on the work you do now, not on where you're heading: add why you chose them, or pick someone closer to your goal." };
  if (bears || claims) return { level: (chosen.goalRelevance ?? 0) >= ON_GOAL || inTarget ? 'good' : 'fair', score, note: '' };
  // One of the people the goal is for (a software engineer, to someone writing plans that engineers trust): the draft says so.
  if (audienceTie(profile, g.text)) return { level: 'fair', score, note: '' };
  if (inTarget) return { level: 'poor', score, note: chosen.quote ? 'Their job is close to your goal, but this line of theirs is not: add why you chose them, or pick another line.' : said.length ? 'Only their job is close to your goal: add why you chose them, or pick a line of theirs to ask about.' : 'Only their job is close to your goal, and their page shows nothing they wrote: add why you chose them.' };
  if (!said.length && !moved) return { level: 'poor', score, note: 'Their page shows only a job title: add why you chose them, or pick someone closer to your goal.' };
  // They hold the job a goal of the sender's names ("be sommelier in a good restaurant", to a head sommelier; "become a medical
  // science liaison", to one): a fair fit, though the goal for now may be a step towards it ("do a sommelier course"): s24,
  // where the popup said nothing bore on it. By the head of their title ("sommelier" of "Head Sommelier"), never a word beside
  // it: a "Harbour Master & Head of Marine Operations" holds no "HR business partner for store operations" job (r26).
  const later = goal(me.longTermGoal);
  const headOf = (t: string) => (t.split(/\s+(?:of|for|at|in|&|and|\/|-|–|,)\s+/i)[0] ?? '').trim().split(/\s+/).pop() ?? '';
  const titleHead = [...terms(headOf(profile.current?.title ?? '')).stems].filter((st) => !/^(?:lead|leader|manag|head|senior|junior|team|chief|director|principal|staff|work)$/.test(st));
  const job = new Set([later?.text, g.text].flatMap((x) => [...aimTerms(x ?? '').stems]));
  if (titleHead.some((st) => job.has(st))) return { level: 'fair', score, note: '' };
  return { level: 'poor', score, note: 'Nothing on their page bears clearly on your goal: add why you chose them, or pick someone closer to your goal.' };
}
