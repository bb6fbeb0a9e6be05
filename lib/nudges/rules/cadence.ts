import { DAY, elapsed, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "ongoing mentoring": a nudge at the agreed cadence (guide 000: "Decide on a cadence … and
 * adhere to it"). The person's mentorship.cadenceDays rules; settings.nudges.cadenceDays is only the default
 * the tracker gives a new mentorship.
 */
export const cadence: Rule = (p) => {
  if (p.stage !== 'mentoring' || !p.mentorship) return null;
  const { cadenceDays, lastContactAt } = p.mentorship;
  // Any later contact restarts the clock, and a chat on the calendar is itself the next touchpoint.
  const last = Math.max(lastContactAt, p.heldAt ?? 0, p.thankYouAt ?? 0, p.reportBackAt ?? 0, p.chat?.at ?? 0);
  return {
    kind: 'cadence',
    dueAt: last + cadenceDays * DAY,
    reason: (now) => `It's been ${elapsed(last, now, cadenceDays)} since you last talked; share progress and a new question`,
  };
};
