import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { fold } from './text';

/** A move the sender typed: "We are relocating to Stockholm…", "I'm moving to Berlin in May…". */
const MOVING = /\b(?:relocat(?:e|ing)|mov(?:e|ing)|emigrat(?:e|ing))\s+to\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/**
 * Why this person, for a sender moving to where they live: "You're in Stockholm, where I'm moving." The one reason a relocating
 * engineer had for writing to three people in Stockholm, and no draft said it (r41, set 36 blind review: W at 3 in every one).
 * '' unless their location names the very place the sender typed they are moving to.
 */
export function movingThere(profile: Profile, me: Partial<Me>): string {
  const place = MOVING.exec(me.shortTermGoal ?? '')?.[1] ?? '';
  if (!place) return '';
  const where = fold(profile.location ?? '');
  return new RegExp(`(?:^|[\\s,])${fold(place).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[\\s,])`).test(where) ? `You're in ${place}, where I'm moving.` : '';
}
