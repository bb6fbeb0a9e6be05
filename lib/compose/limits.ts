import type { Channel } from '../tracker/schema';

/**
 * The one table of channel limits lives in lib/channel-limits.ts (docs/ARCHITECTURE.md §3), a neutral
 * module the coach reads too without importing the composer; the composer re-exports it.
 */
export { CHANNEL_LIMITS, channelLimit, codeUnitOffset, textLength, type ChannelLimit, type Tier } from '../channel-limits';

/** Channels that carry a subject line (docs/ARCHITECTURE.md §2.1: InMail and email only). */
export function hasSubject(channel: Channel): boolean {
  return channel === 'inmail' || channel === 'email';
}

/** The report-back's typed result (what the user did with their advice): a sentence or two; the writer clips it further. */
export const RESULT_MAX = 400;
