import { z } from '../zod';
import {
  addGiveBack, addGoal, addJournal, addStep, changeGoal, MentorshipInputError, planNext, recordReview, recordSession, setBringUp,
  setPurpose, setStepDone, type NewId,
} from './edit';
import {
  DaySchema, GOAL_KINDS, GOAL_STATUSES, MentorshipSchema, NextSessionSchema, PurposeSchema, SessionSchema, type Mentorship,
} from './schema';

/**
 * Every change to a journal as data, so it can cross to the background's one command handler
 * (ARCHITECTURE.md §3) and be checked there: each names a pure edit of lib/mentorship/edit.ts. Fresh
 * ids come from the page (`ids`), so a retried command makes the same records.
 */
const Id = z.string().min(1).max(100);
const Ids = z.array(Id).max(41);
const StepInput = z.object({ text: z.string().max(2_000), due: DaySchema.optional(), goalId: Id.optional() });

export const JournalOpSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('purpose'), purpose: PurposeSchema, setupDone: z.boolean().optional() }),
  /** The setup skipped whole: the page shows, the purpose stays as it was. */
  z.object({ type: z.literal('setup-done') }),
  z.object({ type: z.literal('add-goal'), ids: Ids, goal: z.object({ kind: z.enum(GOAL_KINDS), title: z.string().max(300), why: z.string().max(2_000).optional() }) }),
  z.object({
    type: z.literal('change-goal'), goalId: Id,
    change: z.object({ status: z.enum(GOAL_STATUSES).optional(), why: z.string().max(2_000).optional(), title: z.string().max(300).optional(), reason: z.string().max(2_000).optional(), kind: z.enum(GOAL_KINDS).optional() }),
  }),
  z.object({ type: z.literal('add-step'), ids: Ids, step: StepInput }),
  z.object({ type: z.literal('step-done'), stepId: Id, done: z.boolean() }),
  z.object({ type: z.literal('plan-next'), next: NextSessionSchema }),
  z.object({ type: z.literal('record-session'), ids: Ids, session: SessionSchema.omit({ id: true }).extend({ actionItems: z.array(StepInput).max(40) }) }),
  z.object({ type: z.literal('add-entry'), ids: Ids, entry: z.object({ day: DaySchema, text: z.string().max(20_000), goalId: Id.optional(), bringUp: z.boolean() }) }),
  z.object({ type: z.literal('bring-up'), entryId: Id, bringUp: z.boolean() }),
  z.object({ type: z.literal('give-back'), ids: Ids, item: z.object({ day: DaySchema, text: z.string().max(2_000) }) }),
  z.object({ type: z.literal('review'), ids: Ids, today: DaySchema, review: z.object({ wins: z.string().max(20_000), adjust: z.string().max(20_000), outcome: z.string().max(20_000) }) }),
  z.object({ type: z.literal('review-every'), days: z.number().int().min(14).max(365) }),
  /** Undo: the journal as it was, only if nothing changed it since (`ifUpdatedAt`). */
  z.object({ type: z.literal('restore'), mentorship: MentorshipSchema, ifUpdatedAt: z.number() }),
]);
export type JournalOp = z.infer<typeof JournalOpSchema>;

/** The ids a command carries, handed out in order; running short is a page bug, said plainly. */
const idsFrom = (ids: readonly string[]): NewId => {
  const left = [...ids];
  return () => {
    const id = left.shift();
    if (!id) throw new MentorshipInputError('The page sent too few ids for this change. Reload it and try again.');
    return id;
  };
};

/** Applies one change to a journal: pure, so the store can check the result before saving it. */
export function applyOp(m: Mentorship, op: JournalOp, at: number): Mentorship {
  switch (op.type) {
    case 'purpose': return setPurpose(m, op.purpose, at, op.setupDone ?? true);
    case 'setup-done': return setPurpose(m, m.purpose, at);
    case 'add-goal': return addGoal(m, op.goal, at, idsFrom(op.ids));
    case 'change-goal': return changeGoal(m, op.goalId, op.change, at);
    case 'add-step': return addStep(m, op.step, at, idsFrom(op.ids));
    case 'step-done': return setStepDone(m, op.stepId, op.done, at);
    case 'plan-next': return planNext(m, op.next, at);
    case 'record-session': return recordSession(m, op.session, at, idsFrom(op.ids));
    case 'add-entry': return addJournal(m, op.entry, at, idsFrom(op.ids));
    case 'bring-up': return setBringUp(m, op.entryId, op.bringUp, at);
    case 'give-back': return addGiveBack(m, op.item, at, idsFrom(op.ids));
    case 'review': return recordReview(m, op.review, at, op.today, idsFrom(op.ids));
    case 'review-every': return { ...m, reviewEveryDays: op.days, updatedAt: Math.max(m.updatedAt, at) };
    case 'restore':
      if (m.updatedAt !== op.ifUpdatedAt) throw new MentorshipInputError('The journal changed since, so nothing was undone.');
      return { ...op.mentorship, updatedAt: Math.max(m.updatedAt, at) };
  }
}

/** Several changes in order, as one edit (the setup: purpose and goals together). */
export const applyOps = (m: Mentorship, ops: readonly JournalOp[], at: number): Mentorship => ops.reduce((x, op) => applyOp(x, op, at), m);
