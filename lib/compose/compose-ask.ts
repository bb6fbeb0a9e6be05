import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { meParts, messagePlan, missingParts, notePlan, type AskParts } from './ask';
import { withoutLeadIn } from './clauses';
import { isOngoing } from './dates';
import { fit } from './fit';
import { channelLimit } from './limits';
import { orgName } from './names';
import { bearing, findOpeners, publicHook, wantOf, type Opener } from './openers';
import { greetName } from './people';
import { userQuestions, writeQuestions } from './questions';
import { subjectFor } from './subject';
import { differentZone, likelyTimeZone } from './timezone';
import { asWritten, since, withRoleArticle } from './titles';
import { textLength } from './limits';
import type { ComposedAsk, ComposeInput } from './types';

export const DEFAULT_MINUTES = 20;

/** The seed for the person alone (follow-ups to one person keep their wording). */
export function seedOf(profile: Profile): string {
  return profile.slug || profile.url || profile.fullName || '';
}

/** The seed for a first message: the sender and the person together, so two senders don't write the same note to one person. */
export function pairSeed(profile: Profile, me: Partial<Me>): string {
  return `${seedOf(profile)}\u0000${me.name ?? ''}\u0000${me.role ?? ''}\u0000${me.shortTermGoal ?? ''}`;
}

/** Minutes as a whole number in a sane range; the coach still flags more than 25 (ASK.md §4). */
export function clampMinutes(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes)) return DEFAULT_MINUTES;
  return Math.min(60, Math.max(5, Math.round(minutes)));
}

/** Whether the draft should offer to fit their hours (guide 001, "Acknowledge Time Zones"). */
export function timeZonesDiffer(profile: Profile, myTimeZone: string | undefined, now: number | undefined): boolean {
  const theirs = likelyTimeZone(profile.location);
  return now !== undefined && !!theirs && !!myTimeZone && differentZone(myTimeZone, theirs, now);
}

/** The note still names its opener (not only "your recent post"). */
const named = (text: string, o: Opener) => [o.short, ...o.tiny].some((n) => text.includes(`${n}.`));

/** Their sentence about themselves, said back: "I enjoy pairing with analysts…" → "you enjoy pairing with analysts…". */
function youWrite(s: string): string {
  const t = withoutLeadIn(s).replace(/[.!]$/, '');
  if (!/^I\s+\p{Ll}/u.test(t) || /\b(?:we|our|us)\b/i.test(t) || textLength(t) > 110) return '';
  const rest = t.slice(2).replace(/\bmy\b/g, 'your').replace(/\bme\b/g, 'you').replace(/\bmyself\b/g, 'yourself');
  if (/^(?:am|was|have|had|'m)\b/.test(rest) || /\bI\b/.test(rest)) return '';
  return `you write that you ${rest}`;
}

/**
 * Why this person, tied to their own work (ASK.md §2.3): a line of theirs that bears on my goal
 * ("you write that you enjoy pairing with analysts…"), else the role they hold now when it bears on
 * it ("you have been a tech education team lead at Solvik Potential since 2021"), else nothing.
 */
function linkTo(profile: Profile, me: Partial<Me>, openers: readonly Opener[], chosen: Opener | null): string {
  if (!meParts(me).goal) return '';
  const line = openers.find((o) => o !== chosen && o.relevance > 0 && o.quote && youWrite(o.source) && o.source !== chosen?.source);
  if (line) return youWrite(line.source);
  const now = profile.experience[0];
  if (!now || !isOngoing(now.dates) || chosen?.kind === 'experience' || chosen?.kind === 'move') return '';
  const role = asWritten(now.title);
  const year = since(now.dates);
  if (!role || bearing(wantOf(me), `${now.title} ${now.description ?? ''}`) === 0) return '';
  const org = orgName(now.company);
  return `you have been ${withRoleArticle(role)}${org ? ` at ${org}` : ''}${year ? ` since ${year}` : ''}`;
}

/**
 * The first message, slot by slot (ASK.md §2), fitted to the channel (ASK.md §3). Pure: same input,
 * same draft. The body never exceeds `limit` code points, whatever the profile or settings hold.
 */
export function composeAsk(input: ComposeInput): ComposedAsk {
  const { profile, channel } = input;
  const me = input.me ?? {};
  const tier = input.tier ?? 'free';
  const openers = findOpeners(profile, me);
  // A note has room for a topic, not a long quote: unless the user picked one, it opens with the best
  // opener that can be named in a few words, when that one bears on the goal nearly as much.
  const picked = openers.find((h) => h.id === input.hook);
  const opener = picked ?? openers[0] ?? null;
  const typed = input.questions ? userQuestions(input.questions) : [];
  const link = linkTo(profile, me, openers, opener);
  // A question that asks about the very line the who-I-am sentence cites would say it twice.
  const cited = link.replace(/^you write that you /, '').split(' ').slice(0, 4).join(' ');
  const generated = writeQuestions(profile, me, opener ? [opener, ...openers.filter((o) => o !== opener)] : openers).filter((q) => !cited || !q.includes(cited));
  // Typed questions come first; one typed question still gets the best suggestion beside it.
  const questions = typed.length >= 2 ? typed : [...typed, ...generated.filter((q) => !typed.includes(q))].slice(0, typed.length ? 2 : 3);
  const parts: AskParts & { opener: Opener | null } = {
    seed: pairSeed(profile, me), first: greetName(profile), me: meParts(me), opener,
    link, questions, ownQuestions: typed.length >= 2,
    minutes: clampMinutes(input.minutes), timeZoneLine: timeZonesDiffer(profile, input.myTimeZone, input.now), direct: input.tone === 'direct',
  };
  const limit = channelLimit(channel, tier);
  let fitted = fit(channel === 'connection-note' ? notePlan(parts) : messagePlan(parts), limit.body, limit.target);
  if (channel === 'connection-note' && !picked && opener && !named(fitted.text, opener)) {
    // A note has room for a topic, not a long quote: the best opener that still has its name once the
    // note fits, among those that bear on the goal nearly as much (ASK.md §3: the topic stays).
    for (const o of openers.slice(1, 8)) {
      if (o.score < opener.score * 0.5) break;
      const tried = fit(notePlan({ ...parts, opener: o, link: linkTo(profile, me, openers, o) }), limit.body, limit.target);
      if (named(tried.text, o)) {
        fitted = tried;
        parts.opener = o;
        break;
      }
    }
  }
  const chosen = parts.opener;
  const subject = subjectFor(chosen, parts.me.goal, channel, tier);
  return {
    ...(subject !== undefined ? { subject } : {}),
    body: fitted.text,
    limit: limit.body,
    length: fitted.length,
    hook: chosen ? publicHook(chosen) : null,
    variants: openers.filter((h) => h !== chosen).map(publicHook),
    hooks: openers.map(publicHook),
    suggestions: generated,
    needs: missingParts(me),
  };
}
