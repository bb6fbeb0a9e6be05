import { DRAFT_KINDS, draftTitle, sentKindOf, type DraftKind as FollowUpDraftKind } from '../follow-ups';
import { CloseReasonSchema, NudgeKindSchema, SentKindSchema, StageSchema, type CloseReason, type NudgeKind, type SentKind, type Stage } from '../tracker/schema';
import { z } from '../zod';

/** What the one next step is, for a person, now (ARCHITECTURE.md §5 rows, plus the moves that are the user's). */
export const NEXT_KINDS = [
  'ask', 'await-accept', 'send-ask', 'await-reply', 'check-in', 'close-out', 'schedule', 'agenda', 'await-chat',
  'chat-happened', 'thank-you', 'report-back', 'keep-in-touch', 'cadence', 'closed',
] as const;
export type NextKind = (typeof NEXT_KINDS)[number];

/** A step the user records without sending anything (each is a tracker step, or a form for one). */
export type StepAction = 'accept' | 'reply' | 'schedule' | 'hold' | 'mentor' | 'close' | 'reopen';

/** Which writer drafts it: 'ask' is the first-ask composer (hooks, coach); the rest are the follow-up writers. */
export type DraftKind = 'ask' | FollowUpDraftKind;

export interface NextStep {
  kind: NextKind;
  stage: Stage | null;
  /** "Check in with Marisol" */
  title: string;
  /** Why now, or when: "It's been 8 days since your ask". */
  detail: string;
  /** Whether it is time to act now (a due nudge, or a move that is simply the user's). */
  due: boolean;
  /** When it is or will be due, when a rule says so. */
  dueAt?: number;
  /** The nudge it answers, for snooze and dismiss. */
  nudge?: NudgeKind;
  /** The draft to show, ready, or null when the step sends nothing. */
  draft: DraftKind | null;
  /** What "Mark as sent" records for that draft. */
  marks: SentKind | null;
  /** The primary action when the step sends nothing (or besides the draft, e.g. "Mark as replied" while waiting). */
  action: StepAction | null;
  /** The stage's other actions, secondary; never the primary one, never ones the stage doesn't allow. */
  others: StepAction[];
  /** Other drafts the stage allows ("Write something else"). */
  drafts: DraftKind[];
  /** The close reason to preselect, matching the stage. */
  closeReason: CloseReason;
}

// Both from the one table of follow-up kinds (lib/follow-ups.ts), plus the first ask.
export const SENT_KIND = { ask: 'ask', ...Object.fromEntries(DRAFT_KINDS.map((k) => [k, sentKindOf(k)])) } as Record<DraftKind, SentKind>;

/** How buttons and links name each draft. */
export const DRAFT_TITLES = { ask: 'Your ask', ...Object.fromEntries(DRAFT_KINDS.map((k) => [k, draftTitle(k)])) } as Record<DraftKind, string>;

export const ACTION_LABELS: Record<StepAction, string> = {
  accept: 'They accepted the invitation',
  reply: 'Mark as replied',
  schedule: 'Schedule the chat',
  hold: 'Mark the chat as held',
  mentor: 'Start an ongoing mentorship',
  close: 'Close',
  reopen: 'Reopen',
};

const ACTIONS = ['accept', 'reply', 'schedule', 'hold', 'mentor', 'close', 'reopen'] as const;
const DRAFTS = ['ask', ...DRAFT_KINDS] as const;

/** A NextStep as the background sends it to the popup (checked on arrival, like every answer). */
export const NextStepSchema = z.object({
  kind: z.enum(NEXT_KINDS),
  stage: StageSchema.nullable(),
  title: z.string(),
  detail: z.string(),
  due: z.boolean(),
  dueAt: z.number().optional(),
  nudge: NudgeKindSchema.optional(),
  draft: z.enum(DRAFTS).nullable(),
  marks: SentKindSchema.nullable(),
  action: z.enum(ACTIONS).nullable(),
  others: z.array(z.enum(ACTIONS)),
  drafts: z.array(z.enum(DRAFTS)),
  closeReason: CloseReasonSchema,
}) satisfies z.ZodType<NextStep>;
