import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import type { Channel, Chat, CloseReason } from '../tracker/schema';
import type { Hook, HookId } from './openers';
import type { Tier } from './limits';
import type { PairFit } from './pair-fit';

export type Tone = 'warm' | 'direct';

export interface ComposeInput {
  profile: Profile;
  /** Settings' `me`; any field may be missing or empty (the composer degrades, never prints a gap). */
  me: Partial<Me>;
  channel: Channel;
  tier?: Tier;
  /** The HookId the user picked from `variants` (a plain string from the UI is fine); unknown ids fall back to the best hook. */
  hook?: HookId | (string & {});
  /** The user's own questions; at most three are used (ARCHITECTURE.md §4). */
  questions?: readonly string[];
  /** Why them, in the user's words, finishing "I'm writing to you because…"; it replaces the reason the composer found. */
  why?: string;
  /** Minutes asked for; default 20 (ARCHITECTURE.md §2: 15 to 20), kept within 5–60. */
  minutes?: number;
  tone?: Tone;
  /** Needed for role-change hooks and the time-zone line; without it both are skipped. */
  now?: number;
  /** The user's IANA zone (settings.timeZone, or the browser's); without it no time-zone line. */
  myTimeZone?: string;
}

/** What every composer returns: the text, its channel limit and its length in code points. */
export interface Composed {
  subject?: string;
  body: string;
  /** Hard cap on the body for the channel and tier (channelLimit(...).body). */
  limit: number;
  /** Body length in code points (textLength), always ≤ limit. */
  length: number;
}

export interface ComposedAsk extends Composed {
  /** The hook the opening uses, or null when the profile offers nothing. */
  hook: Hook | null;
  /** Other hooks the user can switch to, best first. */
  variants: Hook[];
  /** Every opener the profile offers, best first (the popup lists these in this fixed order). */
  hooks: Hook[];
  /** Generated questions for this person and this sender, offered as editable suggestions. */
  suggestions: string[];
  /** What the sender hasn't said that a draft needs: the popup asks for these before the first draft. */
  needs: ('name' | 'role' | 'goal')[];
  /**
   * What the page didn't give and the body marks in [brackets] for the user to fill in (the coach flags
   * them as placeholders until then): their name, something of theirs to open with, questions.
   * Empty for a page that was read. The popup can say "this page could not be read" when `name` is here.
   */
  blanks: Blank[];
  /** How well this person fits the sender's goal, from their page; the popup says so when it is poor. */
  fit: PairFit;
}

export type Blank = 'name' | 'detail' | 'questions';

/** The name the popup uses for composeAsk's result. */
export type ComposeResult = ComposedAsk;

export const FOLLOW_UP_KINDS = ['send-ask', 'check-in', 'agenda', 'thank-you', 'report-back', 'cadence', 'close'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUpInput {
  profile: Profile;
  me: Partial<Me>;
  channel: Channel;
  tier?: Tier;
  questions?: readonly string[];
  /** The user's notes from the chat: one or two are quoted in the thank-you (ARCHITECTURE.md §5). */
  takeaways?: string;
  /** What they advised ("connect with the data science team"), for the report-back. */
  advice?: string;
  /** What the user did with it and what came of it, typed for the report-back ("I rebuilt the deck…"). */
  result?: string;
  chat?: Chat;
  closeReason?: CloseReason;
  minutes?: number;
  now?: number;
  myTimeZone?: string;
  /** An ongoing mentorship's journal, for the cadence update (lib/next-step/draft.ts builds it from the next session's agenda). */
  mentoring?: Mentoring;
}

/** What the cadence update reports from the mentorship journal, as the user wrote it. */
export interface Mentoring {
  /** The day of the last session held ("12 Jan"), when there was one. */
  since?: string;
  /** Each active goal with its progress ("Lead the Q2 release: 1 of 2 steps done"). */
  progress: readonly string[];
  /** Steps due soon, open action items, journal entries to bring up, the user's questions. */
  topics: readonly string[];
}
