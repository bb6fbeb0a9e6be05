import { z } from '../zod';
import { TimeSchema } from '../time-schema';

/**
 * An ongoing mentorship as the mentee keeps it (ARCHITECTURE.md §7): the purpose agreed at the
 * start, two or three goals, the steps toward them, sessions, a learning journal, what the user
 * gave back, and periodic reviews. One record per person (lib/tracker/mentorship-store.ts).
 * Every list item has an id, so an import merges by id and never duplicates.
 */
const Time = TimeSchema;
const Id = z.string().min(1).max(64);
const Line = z.string().max(300);
const Text = z.string().max(5000);
/** A calendar date the user picked ("2027-01-15"): steps and journal entries are days, not instants. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)');

/** Guide 000, first paragraph: what each side hopes for and offers, the rhythm, the feedback that helps. */
export const PurposeSchema = z.object({
  gain: Text.optional(),
  offer: Text.optional(),
  /** How and how often: "A monthly longer session plus short check-ins" by default. */
  meeting: Text.optional(),
  feedback: Text.optional(),
});

export const GOAL_KINDS = ['professional', 'personal'] as const;
export const GOAL_STATUSES = ['active', 'met', 'changed', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** One change to a goal, kept for good (ARCHITECTURE.md §7: "the history stays"). */
export const GoalChangeSchema = z.object({
  at: Time,
  field: z.enum(['created', 'status', 'title', 'why', 'kind']),
  from: Line.optional(),
  to: Line.optional(),
  why: Line.optional(),
});

export const GoalSchema = z.object({
  id: Id,
  kind: z.enum(GOAL_KINDS),
  title: Line.min(1),
  why: Text.default(''),
  status: z.enum(GOAL_STATUSES),
  /** When the status last changed, and the user's line on why. */
  statusAt: Time,
  statusWhy: Line.optional(),
  history: z.array(GoalChangeSchema).max(200),
  createdAt: Time,
});

/**
 * A step toward a goal, or an action item / experiment from a session (sessionId). One list for
 * both: an action item *is* a step, so the next agenda brings it up and a goal's progress counts it.
 */
export const StepSchema = z.object({
  id: Id,
  text: Line.min(1),
  due: DaySchema.optional(),
  done: z.boolean(),
  doneAt: Time.optional(),
  goalId: Id.optional(),
  /** The session it was committed to in, for an action item. */
  sessionId: Id.optional(),
  createdAt: Time,
});

/** A session held: both zones as for the first chat (lib/schedule), its agenda as it stood, and the record after it. */
export const SessionSchema = z.object({
  id: Id,
  at: Time,
  minutes: z.number().int().min(5).max(240),
  timeZone: z.string().max(64),
  theirTimeZone: z.string().max(64).optional(),
  agenda: z.array(Line).max(40),
  notes: Text.default(''),
  feedback: Text.default(''),
  takeaways: Text.default(''),
});

/** The next session as planned so far; its agenda is drafted from the record until it is held (agenda.ts). */
export const NextSessionSchema = z.object({
  at: Time.optional(),
  minutes: z.number().int().min(5).max(240).default(45),
  timeZone: z.string().max(64).optional(),
  theirTimeZone: z.string().max(64).optional(),
  update: Text.default(''),
  questions: z.array(Line).max(10).default([]),
});

export const JournalEntrySchema = z.object({
  id: Id,
  day: DaySchema,
  text: Text.min(1),
  goalId: Id.optional(),
  /** "Bring this up": the next agenda pulls it in, until a session has taken it (broughtUpIn). */
  bringUp: z.boolean(),
  broughtUpIn: Id.optional(),
  createdAt: Time,
});

/** Guide 000: "a two-way street": an article, a result, an introduction. */
export const GiveBackSchema = z.object({ id: Id, day: DaySchema, text: Line.min(1), createdAt: Time });

export const ReviewSchema = z.object({
  id: Id,
  at: Time,
  /** The period it looked back on: from the previous review (or the start) to `at`. */
  since: Time,
  progress: z.array(z.object({ goalId: Id, title: Line, done: z.number().int().min(0), total: z.number().int().min(0), doneSince: z.number().int().min(0) })).max(20),
  wins: Text.default(''),
  adjust: Text.default(''),
  outcome: Text.default(''),
});

export const MentorshipSchema = z.object({
  personId: z.string().max(2048),
  startedAt: Time,
  purpose: PurposeSchema.default({}),
  /** The setup flow was finished or skipped: the page shows instead of the setup. */
  setupDone: z.boolean().default(false),
  goals: z.array(GoalSchema).max(50).default([]),
  steps: z.array(StepSchema).max(2000).default([]),
  sessions: z.array(SessionSchema).max(1000).default([]),
  next: NextSessionSchema.optional(),
  journal: z.array(JournalEntrySchema).max(5000).default([]),
  givingBack: z.array(GiveBackSchema).max(1000).default([]),
  reviews: z.array(ReviewSchema).max(200).default([]),
  reviewEveryDays: z.number().int().min(14).max(365).default(90),
  /** When the user ended it (ARCHITECTURE.md §5 last row); the close draft names the progress. */
  endedAt: Time.optional(),
  updatedAt: Time,
});

export type Purpose = z.infer<typeof PurposeSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type GoalKind = Goal['kind'];
export type Step = z.infer<typeof StepSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type NextSession = z.infer<typeof NextSessionSchema>;
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type GiveBack = z.infer<typeof GiveBackSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Mentorship = z.infer<typeof MentorshipSchema>;

export const DEFAULT_MEETING = 'A monthly longer session plus short check-ins';
export const DEFAULT_REVIEW_DAYS = 90;

export { JournalSummarySchema, type JournalSummary } from './summary-schema';
