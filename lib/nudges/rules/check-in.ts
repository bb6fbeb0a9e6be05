import { DAY, elapsed, repliedSince, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "ask sent, no reply": one gentle, no-pressure check-in after checkInAfterDays (7), up to
 * maxCheckIns (1) (ARCHITECTURE.md §5). A reply, or any step out of "sent", ends it.
 */
export const checkIn: Rule = (p, s) => {
  if (p.stage !== 'sent' || p.sentAt === undefined || repliedSince(p, p.sentAt)) return null;
  const { checkInAfterDays, maxCheckIns } = s.nudges;
  if (p.checkInsSent >= maxCheckIns) return null;
  const first = p.checkInsSent === 0;
  // A later check-in (maxCheckIns > 1) waits the same time again after the previous one.
  const from = first ? p.sentAt : Math.max(p.sentAt, p.lastCheckInAt ?? p.sentAt);
  return {
    kind: 'check-in',
    dueAt: from + checkInAfterDays * DAY,
    reason: (now) => `It's been ${elapsed(from, now, checkInAfterDays)} since your ${first ? 'ask' : 'last check-in'}`,
  };
};
