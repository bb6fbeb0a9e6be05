import { HOUR, MINUTE, ago, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "chat time passed, not marked held": a few hours after the booked chat's end, ask
 * "Did your chat with Marisol happen?". No draft: the user marks it held (with takeaways, which
 * feed the thank-you) or reschedules it. Without this the thank-you and report-back never come,
 * since the app does not guess that a chat happened. "A few hours" is the thank-you's own wait
 * (thankYouAfterHours, 3): both are "a few hours after its end" in ARCHITECTURE.md §5.
 */
export const chatHappened: Rule = (p, s) => {
  if (p.stage !== 'scheduled' || !p.chat) return null;
  // Held at or after this chat's start: this chat is the one that was held.
  if (p.heldAt !== undefined && p.heldAt >= p.chat.at) return null;
  const end = p.chat.at + p.chat.minutes * MINUTE;
  return {
    kind: 'chat-happened',
    dueAt: end + s.nudges.thankYouAfterHours * HOUR,
    // About this booked chat: rescheduling it brings the question back for the new time.
    about: p.chat.at,
    reason: (now) => `Your chat was ${ago(now - end)} ago; mark it held with your takeaways, or reschedule it`,
  };
};
