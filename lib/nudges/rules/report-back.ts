import { DAY, elapsed, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "after the thank-you": a report-back after reportBackAfterDays (56, about 8 weeks) — guide 001,
 * "Apply the Advice and Report Back". Only outside a mentorship: there the cadence nudge carries progress.
 */
export const reportBack: Rule = (p, s) => {
  if (p.stage !== 'held' || p.thankYouAt === undefined) return null;
  if (p.reportBackAt !== undefined && p.reportBackAt >= p.thankYouAt) return null;
  const days = s.nudges.reportBackAfterDays;
  const thankYouAt = p.thankYouAt;
  return {
    kind: 'report-back',
    dueAt: thankYouAt + days * DAY,
    reason: (now) => `It's been ${elapsed(thankYouAt, now, days)} since your thank-you; tell them what you did with their advice`,
  };
};
