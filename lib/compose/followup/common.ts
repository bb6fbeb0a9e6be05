import type { Profile } from '../../linkedin/schema';
import { clampMinutes, pairSeed, seedOf } from '../compose-ask';
import { fit, type Slot, type Step } from '../fit';
import { pick, type Seed } from '../hash';
import { channelLimit } from '../limits';
import { meParts } from '../ask';
import { greetName } from '../people';
import { GREETINGS, NAMELESS_GREETINGS, NOTE_GREETINGS, SIGN_OFFS } from '../ask';
import { userQuestions, writeQuestions } from '../questions';
import { goalForms } from '../bridge';
import { followUpSubject } from '../subject';
import { clipWords, plainInsert, safeInsert } from '../text';
import { isTimeZone, likelyTimeZone } from '../timezone';
import type { Composed, FollowUpInput } from '../types';

/** What every follow-up needs to know, worked out once. */
export interface Ctx {
  input: FollowUpInput;
  profile: Profile;
  seed: Seed;
  /** The ask's own seed (sender and person): one greeting and sign-off for the whole thread, as the ask chose them. */
  thread: Seed;
  first: string;
  meName: string;
  minutes: number;
  questions: string[];
  /** A connection note: one paragraph, no sign-off, the tightest limit. */
  note: boolean;
  /** Their zone when known: the chat's record first, else their profile's location. */
  theirZone: string | null;
}

export function context(input: FollowUpInput, salt: string): Ctx {
  const given = userQuestions(input.questions ?? input.chat?.agenda ?? []);
  const recorded = input.chat?.theirTimeZone;
  const theirZone = isTimeZone(recorded) ? recorded : likelyTimeZone(input.profile.location);
  return {
    input, profile: input.profile, seed: `${seedOf(input.profile)}\u0000${salt}`, thread: pairSeed(input.profile, input.me ?? {}), first: greetName(input.profile),
    meName: meParts(input.me ?? {}).name,
    minutes: clampMinutes(input.minutes ?? input.chat?.minutes),
    // Standalone: a follow-up has no opening for "that post" to point back to (fu15 review: "that weekly report" pointed to nothing).
    questions: given.length > 0 ? given : writeQuestions(input.profile, input.me ?? {}, undefined, true),
    note: input.channel === 'connection-note', theirZone,
  };
}

export interface Spec {
  subject: string;
  /** Body slots after the greeting; paragraphs from 1 (ignored in notes). */
  slots: Slot[];
  ladder: Step[];
  vars: Record<string, string>;
  /** A longer soft target than the channel's (never past its limit): an agenda a mentor expects. */
  target?: number;
}

/** Greeting, the kind's slots, sign-off; fitted to the channel like the ask (ARCHITECTURE.md §3). */
export function finish(ctx: Ctx, spec: Spec): Composed {
  const { channel } = ctx.input;
  const tier = ctx.input.tier ?? 'free';
  const greet = ctx.first ? pick(ctx.note ? NOTE_GREETINGS : GREETINGS, ctx.thread, 'greeting') : pick(NAMELESS_GREETINGS, ctx.thread, 'greeting');
  const slots: Slot[] = [{ id: 'greet', para: 0, levels: [greet] }, ...spec.slots];
  if (!ctx.note && ctx.meName) slots.push({ id: 'sign', para: 99, levels: [pick(SIGN_OFFS, ctx.thread, 'sign')] });
  const limit = channelLimit(channel, tier);
  const fitted = fit(
    { slots, ladder: spec.ladder, vars: { ...spec.vars, first: ctx.first, me: ctx.meName, minutes: String(ctx.minutes) }, layout: ctx.note ? 'note' : 'message', keep: ['first'] },
    limit.body,
    spec.target ? Math.min(limit.body, Math.max(limit.target, spec.target)) : limit.target,
  );
  const subject = followUpSubject(spec.subject, channel, tier);
  return { ...(subject !== undefined ? { subject } : {}), body: fitted.text, limit: limit.body, length: fitted.length };
}

/**
 * Bullets (messages) or an inline list (notes), at every count from all down to one: the fit drops the
 * last first. `key` names the template variables; `inline` joins the items in a note.
 */
export function listLevels(ctx: Ctx, intro: string, lines: readonly string[], key: string, inline: (xs: string[]) => string): { levels: string[]; vars: Record<string, string> } {
  const vars: Record<string, string> = {};
  lines.forEach((l, i) => (vars[`${key}${i}`] = l));
  const levels: string[] = [];
  for (let n = lines.length; n >= 1; n--) {
    const xs = lines.slice(0, n).map((_, i) => `{${key}${i}}`);
    levels.push(ctx.note ? `${intro} ${inline(xs)}` : [intro, ...xs.map((x) => `- ${x}`)].join('\n'));
  }
  return { levels, vars };
}

/** The questions, as listLevels gives them (each ends in its own question mark). */
export const questionLevels = (ctx: Ctx, intro: string) => listLevels(ctx, intro, ctx.questions, 'q', (xs) => xs.join(' '));

/** The user's typed notes as items: lines, bullets or semicolons; trailing punctuation dropped. */
export function items(text: string | undefined, max = 2): string[] {
  return (text ?? '')
    .split(/\n|;|(?:^|\s)[-•*]\s|(?<=[.!?])\s+/)
    .map((s) => clipWords(safeInsert(s), 140))
    .filter((s) => /\p{L}{2}/u.test(s))
    .slice(0, max);
}

/** "your work at Kustbank" or "your work". */
export function theirWork(profile: Profile): string {
  const company = clipWords(plainInsert(profile.current?.company), 40);
  return company ? `your work at ${company}` : 'your work';
}

/**
 * What the ask and the chat were about, as a person says it: "my move into software engineering", "how to
 * present forecasts to non-technical stakeholders". The goal's own words ("changing careers into software
 * engineering") read like a form's field pasted in (fu3 blind review). '' without a goal.
 */
export function chatTopic(me: FollowUpInput['me']): string {
  const f = goalForms(me ?? {});
  if (!f) return '';
  if (f.target && !f.entry) return `my move into ${f.target}`;
  return /^work towards /.test(f.inf) ? f.inf.replace(/^work towards /, '') : `how to ${f.inf}`;
}
