import { dateFormat } from '../date-format';
import { isTimeZone } from './timezone';

export interface NoteBudget {
  used: number;
  left: number;
  budget: number;
}

const months = dateFormat('en-US', { year: 'numeric', month: 'numeric' });

function monthKey(at: number, zone: string): string {
  const parts = months(zone).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/**
 * Personal notes used this calendar month (ARCHITECTURE.md §3: free accounts may add a note to only a few
 * invitations a month; the product counts them and, when none are left, suggests inviting without a
 * note and sending the ask as a message once they accept). The month is the user's month: pass their
 * zone; without one (or with an unknown one) UTC is used, so the result never depends on the machine.
 */
export function noteBudget(sentNoteTimes: readonly number[], now: number, budget: number, timeZone?: string): NoteBudget {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const current = monthKey(now, zone);
  const used = sentNoteTimes.filter((t) => Number.isFinite(t) && monthKey(t, zone) === current).length;
  const cap = Math.max(0, Math.floor(budget));
  return { used, left: Math.max(0, cap - used), budget: cap };
}
