import { clipWords, safeInsert } from './text';

/**
 * The user's "why them", as the sentence after who I am: "I'm writing to you because you moved from nursing into
 * product work." Their words, tidied (one sentence, no leading "because", at most 160 characters); '' when empty.
 */
export function userReason(why: string | undefined): string {
  const t = safeInsert(why).replace(/\s+/g, ' ').replace(/^(?:I'm writing to you\s+)?because\s+/i, '').replace(/[.!?\s]+$/, '').trim();
  if (!/\p{L}/u.test(t)) return '';
  // "You moved…" → "you moved…"; a name or "I" keeps its capital ("Anna said…").
  const said = clipWords(/^(?:You|Your|She|He|They|Their|Her|His|The|A|An|We|Our|My|Of|In|At|On)\b/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t, 160);
  return `I'm writing to you because ${said}.`;
}
