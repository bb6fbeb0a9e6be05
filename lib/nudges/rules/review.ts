import { addLocalDays } from '../../mentorship/days';
import { elapsed, type Rule } from '../types';
import { remember, zoneOf } from './zone-of';

/**
 * ARCHITECTURE.md §7: every reviewEveryDays (90) after the start or the last
 * review, look back at progress against each goal, celebrate wins and adjust the plan. Counted in calendar
 * days in the user's zone, so it comes at the same time of day across a daylight-saving change.
 * About the review it follows: recording the review (a new lastReviewAt) ends it, and brings the next.
 */
export const review: Rule = (p, s) => {
  const j = p.journal;
  if (!j || j.ended || !p.mentorship) return null;
  const { zone, offset } = zoneOf(s);
  const from = j.lastReviewAt ?? j.startedAt;
  const days = j.reviewEveryDays;
  const since = j.lastReviewAt !== undefined ? 'your last review' : 'your mentorship began';
  return {
    kind: 'review',
    dueAt: remember(`${zone}|${from}|${days}`, () => addLocalDays(from, days, zone, offset)),
    about: from,
    reason: (now) => `It's been ${elapsed(from, now, days)} since ${since}; look back at your goals, celebrate the wins and adjust the plan`,
  };
};
