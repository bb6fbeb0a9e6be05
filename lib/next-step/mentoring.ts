import type { Mentoring } from '../compose/types';
import { activeGoals, addDays, dayOf, goalProgress, openActions, openStepsDueBy, shortDay, SOON_DAYS, toBringUp, type Mentorship } from '../mentorship';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const say = (n: number) => WORDS[n] ?? String(n);

/**
 * A goal's progress as a person says it in a message: "two steps, neither done yet", "one of three steps done",
 * "both steps done" (fu15 review: "0 of 2 steps done" and "its one step still to do" read like a tracker export).
 */
function progressOf(done: number, total: number): string {
  if (!total) return 'no steps set yet';
  // Never "not started yet": steps not ticked off don't mean nothing began, and the journal beside it may say otherwise (final blind review).
  if (!done) return total === 1 ? 'one step, not done yet' : total === 2 ? 'two steps, neither done yet' : `${say(total)} steps, none done yet`;
  if (done < total) return `${say(done)} of ${say(total)} steps done`;
  return total === 1 ? 'its one step done' : total === 2 ? 'both steps done' : `all ${say(total)} steps done`;
}

/**
 * The next session's agenda as the cadence update tells it to a mentor (ARCHITECTURE.md §7; guide 000:
 * "Prepare for meetings with specific topics, questions, and a brief personal update"), in a message's words
 * rather than the mentorship page's labels: when they last met, each goal's progress, then the journal entries
 * marked to bring up (quoted: they are the user's own notes), the user's questions, and the steps and action
 * items overdue or due soon, each with its date.
 */
export function mentoringOf(m: Mentorship, now: number, zone: string): Mentoring {
  const today = dayOf(now, zone);
  const held = m.sessions.filter((s) => s.at <= now).sort((a, b) => b.at - a.at)[0];
  const when = (due: string | undefined) => (!due ? '' : due < today ? ` (I'd hoped to do this by ${shortDay(due, today)})` : ` (by ${shortDay(due, today)})`);
  const steps = [...openStepsDueBy(m, addDays(today, SOON_DAYS)).filter((s) => !s.sessionId), ...openActions(m)].map((s) => ({ ...s, late: !!s.due && s.due < today }));
  return {
    ...(held ? { since: shortDay(dayOf(held.at, zone), today) } : {}),
    progress: activeGoals(m).map((g) => {
      const { done, total } = goalProgress(m, g.id);
      return `${g.title}: ${progressOf(done, total)}`;
    }),
    // What the user chose to bring up comes first (a short message keeps it), then what is overdue, then what is due soon.
    topics: [
      ...toBringUp(m).map((j) => `A note from ${shortDay(j.day, today)} I'd like your view on: “${j.text.trim().replace(/\s+/g, ' ')}”`),
      ...(m.next?.questions ?? []).map((q) => q.trim()).filter(Boolean),
      ...[...steps.filter((s) => s.late), ...steps.filter((s) => !s.late)].map((s) => `${s.text}${when(s.due)}`),
    ],
  };
}
