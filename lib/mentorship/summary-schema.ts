import { z } from '../zod';
import { TimeSchema } from '../time-schema';

// Its own module: the tracker's Person schema (in the popup's bundle too) needs only this of the journal.
const Time = TimeSchema;
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What the follow-up rules need of a mentorship, kept on the person (Person.journal) so the
 * background reads a few numbers, not 1,000 journals. Derived on every mentorship write (summary.ts).
 */
export const JournalSummarySchema = z.object({
  startedAt: Time,
  reviewEveryDays: z.number().int().min(14).max(365),
  lastReviewAt: Time.optional(),
  lastSessionAt: Time.optional(),
  /** Target dates of open steps, earliest first (capped): the step-due rule walks them. */
  openDue: z.array(Day).max(20),
  /** How many things the next agenda brings up (open action items and journal entries to raise). */
  agendaItems: z.number().int().min(0),
  ended: z.boolean().optional(),
});
export type JournalSummary = z.infer<typeof JournalSummarySchema>;
