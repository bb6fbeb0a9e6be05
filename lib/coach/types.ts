import type { Tier } from '../channel-limits';
import type { Channel, SentKind } from '../tracker/schema';

export interface CoachDraft {
  subject?: string;
  body: string;
}

export interface CoachContext {
  channel: Channel;
  tier?: Tier;
  /** The person's first name when known: the greeting should use it (ARCHITECTURE.md §4). */
  firstName?: string | null;
  /** Their full name when known: "Dear Dr Karalis," greets them by name too (ARCHITECTURE.md §4). */
  fullName?: string | null;
  /** Default true: the first message to this person (no job, referral or introduction yet). */
  isFirstMessage?: boolean;
  /** What the draft is for; follow-ups relax the rules that only make sense for the ask. Default 'ask'. */
  kind?: SentKind;
  /** Who is writing (settings.me), when known: their name or role in the text says who is writing too. */
  sender?: { name?: string; role?: string; organisation?: string } | null;
}

export type Kind = SentKind;

/** The context with its defaults filled in, as rules see it. */
export interface Ctx {
  channel: Channel;
  tier: Tier;
  firstName: string | null;
  fullName: string | null;
  isFirstMessage: boolean;
  kind: SentKind;
  sender: { name?: string; role?: string; organisation?: string } | null;
}

export type Severity = 'problem' | 'suggestion';

export interface Hint {
  /** The rule's id, e.g. "golden-rule"; stable, for tests and the UI. */
  rule: string;
  severity: Severity;
  /** One or two sentences in the guides' terms. */
  message: string;
  /** UTF-16 code-unit offsets into the BODY (body.slice(start, end)); subject hints never carry a span. */
  span?: { start: number; end: number };
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Whether the rule applies to this kind of draft at all (follow-ups relax the ask's rules). */
  applies?: (ctx: Ctx) => boolean;
  check: (draft: CoachDraft, ctx: Ctx) => Hint[];
}
