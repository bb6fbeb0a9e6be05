import type { Settings } from './settings/schema';
import type { Channel } from './tracker/schema';

/**
 * LinkedIn's channel limits and how we count characters, in a neutral module both the composer and
 * the coach can read without importing each other (the coach must not import lib/compose).
 * lib/compose/limits.ts re-exports it.
 */
export type Tier = Settings['tier'];

export interface ChannelLimit {
  /** Hard cap on the body. */
  body: number;
  /** Hard cap on the subject; absent when the channel has no subject cap (email) or no subject. */
  subject?: number;
  /** What the composer aims for: the whole draft for notes, "about 600" for an ask (ARCHITECTURE.md §3). */
  target: number;
}

/** ARCHITECTURE.md §3, LinkedIn's numbers checked in 2026 (InMail body 1,900 of LinkedIn's 2,000, for a margin). */
export const CHANNEL_LIMITS = {
  'connection-note': { free: { body: 200, target: 200 }, premium: { body: 300, target: 300 } },
  inmail: { free: { body: 1900, subject: 200, target: 600 }, premium: { body: 1900, subject: 200, target: 600 } },
  message: { free: { body: 8000, target: 600 }, premium: { body: 8000, target: 600 } },
  email: { free: { body: 8000, target: 600 }, premium: { body: 8000, target: 600 } },
} as const satisfies Record<Channel, Record<Tier, ChannelLimit>>;

export function channelLimit(channel: Channel, tier: Tier = 'free'): ChannelLimit {
  return CHANNEL_LIMITS[channel][tier];
}

/** Length in Unicode code points, as LinkedIn's counter is taken to count (code points: an accented name or an emoji counts once however JavaScript stores it). */
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
