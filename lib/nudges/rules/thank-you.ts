import { thankYouOwed } from '../../tracker/state';
import { DAY, HOUR, MINUTE, ago, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "chat held": a thank-you within 24 hours, nudged thankYouAfterHours (3) after the chat's end
 *. After every held chat, so mentoring chats get one too.
 * A chat never marked held gets no thank-you nudge: the app does not guess that it happened.
 * Booking the next chat ("scheduled") doesn't thank them for the last one, so it stays due there too.
 */
export const thankYou: Rule = (p, s) => {
  if ((p.stage !== 'held' && p.stage !== 'mentoring' && p.stage !== 'scheduled') || p.heldAt === undefined) return null;
  if (!thankYouOwed(p)) return null;
  const chat = p.chat;
  // The chat record may already be the next, future one; only a chat that started by heldAt is this one.
  const end = chat && chat.at <= p.heldAt ? chat.at + chat.minutes * MINUTE : p.heldAt;
  // Marked held long after the end: due at the marking, not back-dated.
  const dueAt = Math.max(end + s.nudges.thankYouAfterHours * HOUR, p.heldAt);
  // Once the next chat is booked, a thank-you more than a week late is moot: thank them when you talk.
  const expiresAt = p.stage === 'scheduled' ? p.heldAt + 7 * DAY : undefined;
  return {
    kind: 'thank-you', dueAt, about: p.heldAt, ...(expiresAt !== undefined ? { expiresAt } : {}),
    // Honest about time: a chat held months ago is not "within 24 hours" any more.
    reason: (now) => now - end <= DAY
      ? 'A thank-you within 24 hours, with one or two takeaways, shows the advice landed'
      : `Chat held ${ago(now - end)} ago; a short thank-you with one takeaway still shows the advice landed`,
  };
};
