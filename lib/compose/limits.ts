import type { Channel } from '../tracker/schema';

export type Tier = 'free' | 'premium';

export interface ChannelLimit {
  /** Hard cap on the body: LinkedIn refuses (or we refuse to produce) anything longer. */
  body: number;
  /** Hard cap on the subject; absent when the channel has no subject cap (email) or no subject (notes, messages). */
  subject?: number;
  /** What the composer aims for: the whole draft for notes, "about 600" for an ask (ASK.md §3). */
  target: number;
}

/**
 * The one table of channel limits (ASK.md §3, LinkedIn's numbers checked in 2026).
 * - connection note: 200 free / 300 Premium or Sales Navigator; no subject.
 * - InMail: subject 200, body 1,900 (LinkedIn says 2,000; 1,900 leaves a margin).
 * - message to a 1st-degree connection: 8,000, but the ask itself should stay under about 600.
 * - email: no hard limit; "same length as a message", so it shares the message row. Its subject has
 *   no cap; the composer keeps subjects short anyway.
 * InMail's target is ours, not LinkedIn's: the ask is the same ask whatever carries it.
 */
export const CHANNEL_LIMITS = {
  'connection-note': {
    free: { body: 200, target: 200 },
    premium: { body: 300, target: 300 },
  },
  inmail: {
    free: { body: 1900, subject: 200, target: 600 },
    premium: { body: 1900, subject: 200, target: 600 },
  },
  message: {
    free: { body: 8000, target: 600 },
    premium: { body: 8000, target: 600 },
  },
  email: {
    free: { body: 8000, target: 600 },
    premium: { body: 8000, target: 600 },
  },
} as const satisfies Record<Channel, Record<Tier, ChannelLimit>>;

/** The limits for one channel; the tier only matters for connection notes. */
export function channelLimit(channel: Channel, tier: Tier = 'free'): ChannelLimit {
  return CHANNEL_LIMITS[channel][tier];
}

/** Channels that carry a subject line (ASK.md §2.1: InMail and email only). */
export function hasSubject(channel: Channel): boolean {
  return channel === 'inmail' || channel === 'email';
}

/**
 * Length as the composer and coach count it: Unicode code points (`[...s].length`), so an accented
 * name or an emoji counts once however JavaScript stores it. This is the lead's chosen measure for
 * "what LinkedIn counts". Caveat: if LinkedIn's counter is a plain textarea maxlength it counts
 * UTF-16 code units, where an emoji outside the BMP counts twice; profile text with such emoji is
 * the only place the two can differ.
 */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Code-unit offset of the code point at `index` (for spans the UI can highlight). */
export function codeUnitOffset(s: string, index: number): number {
  let units = 0;
  let i = 0;
  for (const ch of s) {
    if (i === index) return units;
    units += ch.length;
    i++;
  }
  return units;
}
