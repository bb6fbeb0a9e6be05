import { openActions, toBringUp } from './agenda';
import { lastReviewAt } from './progress';
import type { JournalSummary, Mentorship } from './schema';

const MAX_DUE = 20;

/** The few numbers the nudge rules read (schema.ts JournalSummary), derived from the whole record. */
export function summarize(m: Mentorship): JournalSummary {
  const openDue = [...new Set(m.steps.filter((s) => !s.done && s.due).map((s) => s.due!))].sort().slice(0, MAX_DUE);
  const lastSession = m.sessions.reduce((t, s) => Math.max(t, s.at), -1);
  const review = lastReviewAt(m);
  return {
    startedAt: m.startedAt,
    reviewEveryDays: m.reviewEveryDays,
    ...(review > m.startedAt ? { lastReviewAt: review } : {}),
    ...(lastSession >= 0 ? { lastSessionAt: lastSession } : {}),
    openDue,
    agendaItems: openActions(m).length + toBringUp(m).length,
    ...(m.endedAt !== undefined ? { ended: true } : {}),
  };
}
