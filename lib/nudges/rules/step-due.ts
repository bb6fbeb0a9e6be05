import { addDays, dayStart, shortDay } from '../../mentorship/days';
import type { Rule } from '../types';
import { remember, zoneOf } from './zone-of';

/**
 * ARCHITECTURE.md §7: a mentorship step or action item past its
 * date nudges gently, once. Due when the day after its date begins in the user's zone. The nudge is about
 * that moment, so it is notified once, and dismissing it moves on to the next step with a later date;
 * ticking the step off, or moving its date, ends it (the journal summary no longer lists that date).
 */
export const stepDue: Rule = (p, s) => {
  const j = p.journal;
  if (!j || j.ended || !p.mentorship) return null;
  const { zone, offset } = zoneOf(s);
  const dismissed = p.nudges?.dismissed['step-due'] ?? -1;
  for (const day of j.openDue) {
    const at = remember(`${zone}|${day}`, () => dayStart(addDays(day, 1), zone, offset));
    if (at <= dismissed) continue;
    return {
      kind: 'step-due',
      dueAt: at,
      about: at,
      reason: () => `A step you planned for ${shortDay(day)} is past its date; do it, give it a new date, or let it go`,
    };
  }
  return null;
};
