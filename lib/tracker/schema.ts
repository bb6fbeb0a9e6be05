import { z } from '../zod';
import { TimeSchema } from '../time-schema';
import { NUDGE_KINDS, SENT_KINDS } from '../follow-ups';
import { ProfileSchema } from '../linkedin/schema';
import { JournalSummarySchema } from '../mentorship/summary-schema';

/** Times are epoch milliseconds everywhere in storage (cheap to index and compare), 2000..2100 (lib/time-schema.ts). */
const Time = TimeSchema;
export { TimeSchema };

/** A mentorship's cadence in days: the store's, the step's and the command's one range. */
export const CadenceDaysSchema = z.number().min(7).max(180);
export const ChatMinutesSchema = z.number().int().min(5).max(240);

export const CHANNELS = ['connection-note', 'message', 'inmail', 'email'] as const;
export const ChannelSchema = z.enum(CHANNELS);

/**
 * Where a person is in the pipeline. "invited" is an invitation sent without a note
 * (ARCHITECTURE.md §3: when the note budget is spent, invite first, ask once they accept).
 */
export const STAGES = ['drafted', 'invited', 'sent', 'replied', 'scheduled', 'held', 'mentoring', 'closed'] as const;
export const StageSchema = z.enum(STAGES);

// Both lists come from the one table of follow-up kinds (lib/follow-ups.ts).
export { NUDGE_KINDS, SENT_KINDS };
export const NudgeKindSchema = z.enum(NUDGE_KINDS);

/** What a sent message was for: the first ask, or the follow-up a nudge suggested. */
export const SentKindSchema = z.enum(SENT_KINDS);

export const CLOSE_REASONS = ['no-reply', 'declined', 'not-a-fit', 'goals-met'] as const;
export const CloseReasonSchema = z.enum(CLOSE_REASONS);

export const ChatSchema = z.object({
  at: Time,
  minutes: ChatMinutesSchema,
  /** The zone the user booked in (IANA). */
  timeZone: z.string().max(64),
  /** The person's zone when known (IANA), for side-by-side display and the invite. */
  theirTimeZone: z.string().max(64).optional(),
  agenda: z.array(z.string().max(500)).max(10).optional(),
});

export const DraftSchema = z.object({
  channel: ChannelSchema,
  subject: z.string().max(500).optional(),
  body: z.string().max(10000),
  updatedAt: Time,
});

export const NudgeMemorySchema = z.object({
  /** kind → snoozed until (ms). */
  snoozed: z.record(z.string(), Time).default({}),
  /** kind → the step time (lastStepAt) at which it was dismissed; a later step revives it. */
  dismissed: z.record(z.string(), Time).default({}),
});

/** The tracked state of one person; the fields each step changes. Undo restores a snapshot of it. */
export const PersonStateSchema = z.object({
  stage: StageSchema,
  askChannel: ChannelSchema.optional(),
  sentAt: Time.optional(),
  invitedAt: Time.optional(),
  acceptedAt: Time.optional(),
  checkInsSent: z.number().int().min(0).max(100).default(0),
  lastCheckInAt: Time.optional(),
  repliedAt: Time.optional(),
  chat: ChatSchema.optional(),
  heldAt: Time.optional(),
  takeaways: z.string().max(5000).optional(),
  thankYouAt: Time.optional(),
  reportBackAt: Time.optional(),
  mentorship: z.object({ cadenceDays: CadenceDaysSchema, startedAt: Time, lastContactAt: Time }).optional(),
  closedAt: Time.optional(),
  closedReason: CloseReasonSchema.optional(),
  /** The stage a close came from: reopen goes back to it. */
  closedFrom: StageSchema.exclude(['closed']).optional(),
  /** When the agenda for the scheduled chat was sent (sent kind 'agenda'). */
  agendaSentAt: Time.optional(),
  /** The time of the latest step: dismissals are remembered against it. */
  lastStepAt: Time,
  nudges: NudgeMemorySchema.default({ snoozed: {}, dismissed: {} }),
});

export const PersonSchema = PersonStateSchema.extend({
  /** Canonical profile URL, https://www.linkedin.com/in/<slug>/ : the key that deduplicates. */
  id: z.string().url().max(2048),
  slug: z.string().max(300),
  /** Denormalised for search and sort. */
  name: z.string().max(200),
  company: z.string().max(300).default(''),
  profile: ProfileSchema,
  /** Earlier readings, kept when something changed (newest first, capped). */
  readings: z.array(z.object({ at: Time, profile: ProfileSchema })).max(20).default([]),
  tags: z.array(z.string().max(60)).max(30).default([]),
  draft: DraftSchema.optional(),
  /** When `profile` was read; an earlier reading moves to `readings` with this time. */
  readAt: Time.optional(),
  /** Lowercase, accent-folded name + company + headline + tags + notes: derived on every write, never exported. */
  search: z.string().max(20000).default(''),
  /** The mentorship journal's few numbers the nudges read (lib/mentorship/summary.ts), derived on each journal write. */
  journal: JournalSummarySchema.optional(),
  createdAt: Time,
  updatedAt: Time,
});

export const EVENT_TYPES = [
  'drafted', 'invited', 'accepted', 'sent', 'replied', 'chat-scheduled', 'chat-held',
  'mentorship-started', 'closed', 'reopened',
] as const;

export const OutreachEventSchema = z.object({
  id: z.number().int().positive().optional(),
  personId: z.string().max(2048),
  type: z.enum(EVENT_TYPES),
  at: Time,
  channel: ChannelSchema.optional(),
  sentKind: SentKindSchema.optional(),
  text: z.string().max(10000).optional(),
  subject: z.string().max(500).optional(),
  /** Free-form step details (chat time, takeaways, close reason), already validated by the operation. */
  detail: z.record(z.string(), z.unknown()).optional(),
  /** Person state before this step: undo puts it back. */
  before: PersonStateSchema.optional(),
});

export const NoteSchema = z.object({
  id: z.number().int().positive().optional(),
  personId: z.string().max(2048),
  at: Time,
  text: z.string().max(10000),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type NudgeKind = z.infer<typeof NudgeKindSchema>;
export type SentKind = z.infer<typeof SentKindSchema>;
export type CloseReason = z.infer<typeof CloseReasonSchema>;
export type Chat = z.infer<typeof ChatSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type PersonState = z.infer<typeof PersonStateSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type OutreachEvent = z.infer<typeof OutreachEventSchema>;
export type Note = z.infer<typeof NoteSchema>;
