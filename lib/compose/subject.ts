import type { Channel } from '../tracker/schema';
import type { MeParts } from './ask';
import { gerund } from './questions';
import { channelLimit, type Tier } from './limits';
import type { Opener } from './openers';
import { capFirst, clipWords, tidy } from './text';

/**
 * Subject lines (ASK.md §2.1): clear and specific, naming their topic ("Question about your move from
 * engineering to product") or the sender's question. Never "A question about your experience".
 */
export function subjectFor(opener: Opener | null, goal: MeParts['goal'], channel: Channel, tier: Tier): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  const max = channelLimit(channel, tier).subject ?? 200;
  const aim = goal ? (goal.vp ? gerund(goal.text) : goal.text) : '';
  let s = '';
  if (opener && (opener.topic || opener.kind === 'move' || (opener.quote && opener.quote.length <= 70))) s = `Question about ${opener.short.replace(/^what you wrote (?:about|on) /, 'your point on ')}`;
  else if (opener?.quote && aim) s = `${opener.kind === 'about' ? 'A line in your About section' : `Your ${opener.kind}`} and a question on ${aim}`;
  else if (aim) s = `A question on ${aim}`;
  else if (opener) s = `Question about ${opener.short}`;
  else s = 'A short question about your work';
  return clipWords(tidy(capFirst(s.replace(/^Question about that /, 'Question: '))), Math.min(max, 110));
}

/** A follow-up's subject, clipped to the channel's cap. */
export function followUpSubject(text: string, channel: Channel, tier: Tier): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  return clipWords(tidy(text), channelLimit(channel, tier).subject ?? 200);
}
