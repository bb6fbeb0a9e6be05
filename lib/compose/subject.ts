import type { Channel } from '../tracker/schema';
import type { MeParts } from './ask';
import { channelLimit, textLength, type Tier } from './limits';
import type { Opener } from './openers';
import { capFirst, clipWords, tidy } from './text';

/** Subjects stay short enough to read whole in an inbox list. */
export const SUBJECT_MAX = 60;

/**
 * Subject lines (ARCHITECTURE.md §2): short and specific, naming THEIR topic ("Your post on simple dashboards
 * that everyone reads", "Your move to tech education team lead"), never the sender's goal and never
 * "A question about your experience". The names come from the opener's own short forms, whole.
 */
export function subjectFor(opener: Opener | null, _goal: MeParts['goal'], channel: Channel, tier: Tier, role = ''): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  const max = Math.min(channelLimit(channel, tier).subject ?? 200, SUBJECT_MAX);
  const names = opener ? [opener.short, ...opener.tiny].map((n) => n.replace(/^what you wrote (?:about|on) /, 'your line on ').replace(/^that /, '')) : [];
  const fits = names.find((n) => textLength(n) <= max && !/^your (?:earlier )?work as /.test(n)) ?? names.find((n) => textLength(n) <= max);
  const noun = opener?.kind === 'about' ? 'the About section of your profile' : opener?.kind === 'post' || opener?.kind === 'article' ? `your recent ${opener.kind}` : '';
  // Their role names them better than "your recent post" ("A question for a backend engineer").
  const forRole = role && textLength(`A question for ${role}`) <= max ? `A question for ${role}` : '';
  const s = fits || forRole || (noun ? `A question about ${noun}` : 'A short question about your work');
  return clipWords(tidy(capFirst(s)), max);
}

/** A follow-up's subject, clipped to the channel's cap. */
export function followUpSubject(text: string, channel: Channel, tier: Tier): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  return clipWords(tidy(text), channelLimit(channel, tier).subject ?? 200);
}
