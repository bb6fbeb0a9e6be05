import { DAY, elapsed, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "ongoing mentoring": a nudge at the agreed cadence. The person's mentorship.cadenceDays rules; settings.nudges.cadenceDays is only the default
 * the tracker gives a new mentorship.
 */
export const cadence: Rule = (p) => {
  if (p.stage !== 'mentoring' || !p.mentorship) return null;
  const { cadenceDays, lastContactAt } = p.mentorship;
  // Any later contact restarts the clock, and a chat on the calendar is itself the next touchpoint.
  // A session recorded in the mentorship journal is contact too.
  const last = Math.max(lastContactAt, p.heldAt ?? 0, p.thankYouAt ?? 0, p.reportBackAt ?? 0, p.chat?.at ?? 0, p.journal?.lastSessionAt ?? 0);
  // With a journal, the next session's agenda is drafted from it (lib/mentorship/agenda.ts) and waits on their page.
  const ready = p.journal && !p.journal.ended ? '; the agenda for your next session is ready' : '';
  return {
    kind: 'cadence',
    dueAt: last + cadenceDays * DAY,
    reason: (now) => `It's been ${elapsed(last, now, cadenceDays)} since you last talked; share progress and a new question${ready}`,
  };
};
