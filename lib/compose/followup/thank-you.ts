import { pick } from '../hash';
import { softLower } from '../people';
import { clipWords } from '../text';
import type { Composed, FollowUpInput } from '../types';
import { chatTime } from './agenda';
import { chatTopic, context, finish, items } from './common';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The thank-you within 24 hours (ARCHITECTURE.md §5): thanks,
 * one or two takeaways the user typed in, and an offer to check in again in a couple of months
 * (or, when the next chat is already booked, a word about that one).
 */
export function thankYou(input: FollowUpInput): Composed {
  const ctx = context(input, 'thank-you');
  const { chat, now } = input;
  const today = chat && now !== undefined && now >= chat.at && now - chat.at < DAY * 0.75;
  const thanks = today
    ? pick(['Thank you again for your time today.', 'Thank you for taking the time to talk with me today.'], ctx.seed, 'thanks')
    : pick(['Thank you again for our conversation.', 'Thank you for taking the time to talk with me.'], ctx.seed, 'thanks');
  const taken = items(input.takeaways).map((t) => softLower(t));
  const advice = clipWords(softLower(items(input.advice, 1)[0] ?? '').replace(/^to\s+/i, ''), 120);
  const vars: Record<string, string> = { t0: taken[0] ?? '', t1: taken[1] ?? '', t0short: clipWords(taken[0] ?? '', 60), advice };
  let takeaway: string[];
  if (taken.length >= 2) takeaway = ["Two things I'm taking away: {t0}, and {t1}.", "One thing I'm taking away: {t0}.", "I'm taking away {t0short}.", ''];
  else if (taken.length === 1) takeaway = ["One thing I'm taking away: {t0}.", "I'm taking away {t0short}.", ''];
  else if (advice) takeaway = ['Your advice to {advice} was ^very ^helpful.', ''];
  // Nothing typed: no invented benefit.
  else takeaway = [''];
  // What the chat was about, when nothing else names it: not a thank-you anyone could send anyone (no claim about how it went).
  const ger = takeaway[0] ? '' : chatTopic(input.me);
  vars.topic = ger;
  // The next chat may already be booked (at the end of the call): look forward to it instead
  // of offering a check-in "in a couple of months".
  const next = chat && now !== undefined && chat.at > now ? chatTime(chat, ctx.theirZone) : '';
  const again = next
    ? pick(["I'm looking forward to our next chat on {next}.", 'Looking forward to talking again on {next}.'], ctx.seed, 'again')
    : pick([
        "If you'd be open to it, I'd love to check in again in a couple of months to update you on my progress.",
        "If it's all right with you, I'd like to check in again in a couple of months and tell you how it's going.",
      ], ctx.seed, 'again');
  vars.next = next;
  return finish(ctx, {
    subject: 'Thank you for your time',
    slots: [
      { id: 'thanks', para: 1, levels: [ger ? (today ? 'Thank you for taking the time today to talk with me about {topic}.' : 'Thank you again for our conversation about {topic}.') : thanks, thanks, 'Thank you for your time.'] },
      { id: 'takeaway', para: 1, levels: takeaway },
      { id: 'again', para: 2, levels: [again, next ? 'Looking forward to our next chat.' : "I'd love to check in again in a couple of months."] },
    ],
    ladder: ['plain', { slot: 'again', level: 1 }, { slot: 'thanks', level: 1 }, { slot: 'thanks', level: 2 }, ...takeaway.slice(1).map((_, i) => ({ slot: 'takeaway', level: i + 1 }))],
    vars,
  });
}
