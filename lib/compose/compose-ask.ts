import type { Profile } from '../linkedin/schema';
import { meParts, messagePlan, notePlan, whyYou } from './ask';
import { fit } from './fit';
import { findHooks, publicHook, type FoundHook } from './hooks';
import { channelLimit } from './limits';
import { greetName } from './people';
import { userQuestions, writeQuestions } from './questions';
import { subjectFor } from './subject';
import { differentZone, likelyTimeZone } from './timezone';
import type { ComposedAsk, ComposeInput } from './types';

export const DEFAULT_MINUTES = 20;

/** The seed for deterministic variety: the person, not the draft (same person, same frame). */
export function seedOf(profile: Profile): string {
  return profile.slug || profile.url || profile.fullName || '';
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

/**
 * The first message, slot by slot (ASK.md §2), fitted to the channel (ASK.md §3). Pure: same input,
 * same draft. The body never exceeds `limit` code points, whatever the profile or settings hold.
 */
export function composeAsk(input: ComposeInput): ComposedAsk {
  const { profile, channel } = input;
  const me = input.me ?? {};
  const tier = input.tier ?? 'free';
  const seed = seedOf(profile);
  const hooks = findHooks(profile, me, input.now);
  const hook: FoundHook | null = hooks.find((h) => h.id === input.hook) ?? hooks[0] ?? null;
  const given = input.questions ? userQuestions(input.questions) : [];
  const parts = {
    seed, hook, first: greetName(profile), me: meParts(me),
    // The opening already named their role (a role change, their title, their headline): "why you"
    // says something else, and never repeats the words it quoted.
    why: whyYou(profile, hook?.kind === 'role-change' || hook?.kind === 'headline' || (hook?.kind === 'current-work' && !hook.quoted), hook?.detail ?? ''),
    questions: given.length > 0 ? given : writeQuestions(profile, me), ownQuestions: given.length > 0,
    minutes: clampMinutes(input.minutes),
    timeZoneLine: timeZonesDiffer(profile, input.myTimeZone, input.now),
    tone: input.tone ?? 'warm',
  };
  const limit = channelLimit(channel, tier);
  const fitted = fit(channel === 'connection-note' ? notePlan(parts) : messagePlan(parts), limit.body, limit.target);
  const subject = subjectFor(hook, channel, tier, seed);
  return {
    ...(subject !== undefined ? { subject } : {}),
    body: fitted.text,
    limit: limit.body,
    length: fitted.length,
    hook: hook ? publicHook(hook) : null,
    variants: hooks.filter((h) => h !== hook).map(publicHook),
  };
}
