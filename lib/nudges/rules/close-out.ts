import { DAY, elapsed, repliedSince, type Rule } from '../types';

/**
 * ASK.md §5 "check-in sent, still no reply": closeOutAfterDays (14) after the last allowed check-in,
 * suggest closing as "no reply: moved on" — guide 001: "If there's still no response, it's best to move on."
 */
export const closeOut: Rule = (p, s) => {
  if (p.stage !== 'sent' || p.sentAt === undefined || repliedSince(p, p.sentAt)) return null;
  const { checkInAfterDays, maxCheckIns, closeOutAfterDays } = s.nudges;
  if (p.checkInsSent < maxCheckIns) return null;
  const checkedIn = p.checkInsSent > 0;
  // With check-ins turned off (maxCheckIns 0) the wait counts from when the check-in would have gone,
  // so turning them off never makes the user give up sooner.
  const from = checkedIn ? Math.max(p.sentAt, p.lastCheckInAt ?? p.sentAt) : p.sentAt + checkInAfterDays * DAY;
  const sentAt = p.sentAt;
  const reason = (now: number) =>
    checkedIn
      ? `Still no reply ${elapsed(from, now, closeOutAfterDays)} after your check-in; it's fine to move on`
      : `Still no reply ${elapsed(sentAt, now, checkInAfterDays + closeOutAfterDays)} after your ask; it's fine to move on`;
  return { kind: 'close-out', dueAt: from + closeOutAfterDays * DAY, reason };
};
