import { DAY, span, type Rule } from '../types';

/**
 * ASK.md §5 "after the thank-you": a report-back after reportBackAfterDays (56, about 8 weeks) — guide 001,
 * "Apply the Advice and Report Back". Only outside a mentorship: there the cadence nudge carries progress.
 */
export const reportBack: Rule = (p, s) => {
  if (p.stage !== 'held' || p.thankYouAt === undefined) return null;
  if (p.reportBackAt !== undefined && p.reportBackAt >= p.thankYouAt) return null;
  const days = s.nudges.reportBackAfterDays;
  return {
    kind: 'report-back',
    dueAt: p.thankYouAt + days * DAY,
    reason: `It's been ${span(days)} since your thank-you; tell them what you did with their advice`,
  };
};
