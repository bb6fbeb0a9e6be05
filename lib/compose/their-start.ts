import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { terms } from './meaning';

/**
 * A line of theirs on the work they did before their present one: "Before this I spent three years on the phones in our
 * customer centre", "Seven years of landscaping before this, …", "I started as a receptionist".
 */
const THEIR_PAST = /\bbefore (?:this|that|I|joining|moving)\b|\bI (?:spent|started|began|used to|worked)\b|\b(?:years|decade) (?:of|in|as|on)\b/i;

/** Words of a sender's work that name no work of its own: a team lead's "team", a "senior" anything. */
const GENERIC = /^(?:team|lead|leader|senior|junior|princip|staff|head|chief|manag|assist|associ|also|favorit|part|month|report|thing)$/;

/** The work a goal says the sender is leaving: "move from customer support into a QA tester role" → "customer support". */
export const leaving = (goal = '') => /\bfrom\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:into|to)\s/u.exec(goal)?.[1] ?? '';

/**
 * Whether `source`, a line of theirs, tells of work before their present job that is the sender's work now, by a word of
 * the sender's role or of what they do that is not a word of where they are heading: to a call-centre team leader writing
 * "team leader for 12 agents in card customer center", "three years on the phones in our customer centre" (s23 review of
 * set 11: "misses her three years in the call centre, the strongest tie"); to a groundsman who does "mowing, irrigation",
 * "Seven years of landscaping before this, which is why I can still fix any irrigation system".
 */
export function startedAsSender(source: string, me: Partial<Me>, target: string): boolean {
  if (!THEIR_PAST.test(source)) return false;
  const ahead = terms(target).stems;
  // Without a role, the work the goal says they are leaving ("move from customer support into…", r38, set 28).
  const mine = [...terms(`${me.role || leaving(me.shortTermGoal)} ${me.organisation ?? ''} ${me.whatIDo ?? ''}`).stems].filter((st) => !ahead.has(st) && !GENERIC.test(st));
  const theirs = terms(source).stems;
  return mine.some((st) => theirs.has(st));
}

/**
 * Whether their job now is where the sender is heading, by its title alone and every word of the target ("UX Researcher" for
 * UX research, "Park Ranger" for ranger work): a headline's "Building scheduling software" makes no founder a software engineer.
 */
export function holdsTarget(profile: Profile, target: string): boolean {
  const title = terms(profile.current?.title ?? profile.experience[0]?.title ?? '').stems;
  const words = [...terms(target).stems].filter((st) => !/^(?:work|role|field|job|area)$/.test(st));
  return words.length > 0 && words.every((st) => title.has(st));
}
