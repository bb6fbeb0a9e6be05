import { DAY, elapsed, repliedSince, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "check-in sent, still no reply": closeOutAfterDays (14) after the last allowed check-in,
 * suggest closing as "no reply: moved on" (ARCHITECTURE.md §5).
 */
export const closeOut: Rule = (p, s) => {
  if (p.stage !== 'sent' || p.sentAt === undefined || repliedSince(p, p.sentAt)) return null;
  const { checkInAfterDays, maxCheckIns, closeOutAfterDays } = s.nudges;
  // A dismissed check-in is one the user chose not to send: like check-ins turned off, the ask still
  // closes out, or the person would stay "Asked" forever (dismissals last until the next step).
  const dismissed = p.nudges?.dismissed['check-in'] === p.lastStepAt;
  if (p.checkInsSent < maxCheckIns && !dismissed) return null;
  const checkedIn = p.checkInsSent > 0;
  const last = checkedIn ? Math.max(p.sentAt, p.lastCheckInAt ?? p.sentAt) : p.sentAt;
  // With no check-in to count from (turned off, or dismissed), the wait counts from when it would have
  // gone, so skipping it never makes the user give up sooner.
  const skipped = !checkedIn || p.checkInsSent < maxCheckIns;
  const wait = (skipped ? checkInAfterDays : 0) + closeOutAfterDays;
  const what = checkedIn ? 'your check-in' : 'your ask';
  return {
    kind: 'close-out',
    dueAt: last + wait * DAY,
    reason: (now) => `Still no reply ${elapsed(last, now, wait)} after ${what}; it's fine to move on`,
  };
};
