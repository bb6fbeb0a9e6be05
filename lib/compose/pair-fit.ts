import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { careerTarget, worksIn } from './aims';
import { goal } from './goals';
import type { Opener } from './openers';
import { relevance, terms } from './meaning';

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

/**
 * How far a line of theirs bears on the goal. For a career change, on where it leads: "Mentors … shaped my career"
 * shares "career" with "change careers into software engineering" but says nothing about software engineering.
 */
export function goalBearing(o: Opener, target: string): number {
  return target && o.quote ? relevance(terms(target), o.source) : (o.goalRelevance ?? 0);
}

/**
 * `chosen`: the opener the draft opens with; `claims`: the draft says it bears on the sender's aims ("Your post
 * is on that same problem", "…bears on my longer-term goal"). The popup agrees with the draft: no warning
 * beside a draft that rightly ties its opening to the goal, and one whenever the opening doesn't bear on it.
 */
export function pairFit(profile: Profile, me: Partial<Me>, openers: readonly Opener[], chosen: Opener | null = openers[0] ?? null, claims = false, fromRole = false): PairFit {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (!g) return { level: 'fair', score: 0, note: '' };
  const target = careerTarget(g.text);
  const said = openers.filter((o) => o.quote);
  const score = Math.max(0, ...said.map((o) => o.goalRelevance ?? 0));
  const inTarget = worksIn(profile, target);
  const moved = !!target && openers.some((o) => o.kind === 'move');
  if (!openers.length || !chosen) return { level: 'poor', score: 0, note: '' };
  // What the draft opens with bears on the goal: a line of theirs on it, or their own move for a career change.
  // A line that touches the goal only once counts when it is dense with the sender's own topics (a shared name: "Python
  // Threads" for a Python teacher) or the draft joins it to the goal itself (`claims`: "What did outages teach you that
  // would help with…?"); by itself, one related word is no reason ("fast-moving markets" for reliability).
  const gr = goalBearing(chosen, target);
  const bears = (!!chosen.quote && (gr >= 2 || (gr >= 1 && chosen.relevance >= 10))) || (chosen.kind === 'move' && !!target);
  if (bears || claims) return { level: gr >= ON_GOAL || inTarget ? 'good' : 'fair', score, note: '' };
  // Their job is near the goal, but nothing they wrote is: never "only their job is close" beside lines the user can pick.
  if (inTarget) return { level: 'poor', score, note: said.length ? 'Their job is close to your goal, but nothing they wrote is: add why you chose them, or pick the line you want to ask about.' : 'Only their job is close to your goal: add why you chose them.' };
  if (!said.length && !moved) return { level: 'poor', score, note: 'Their page shows only a job title: add why you chose them, or pick someone closer to your goal.' };
  // `fromRole`: the draft asks from what their role sees of the goal, and says so; the note says the rest.
  if (fromRole) return { level: 'poor', score, note: 'Nothing on their page bears clearly on your goal, so the draft asks from their role: add why you chose them if you can.' };
  return { level: 'poor', score, note: 'Nothing on their page bears clearly on your goal: add why you chose them, or pick someone closer to your goal.' };
}
