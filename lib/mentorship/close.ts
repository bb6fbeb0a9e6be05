import type { Mentorship } from './schema';

export interface CloseFacts {
  /** Titles of the goals met, in the order set. */
  goalsMet: string[];
  /** What changed, in the user's words: the line given when each goal was met. */
  changed: string[];
  stepsDone: number;
  sessions: number;
  /** Every goal still counted (not dropped or changed) is met: a natural end (ARCHITECTURE.md §5 last row). */
  allMet: boolean;
}

/** The concrete progress a close draft names. */
export function closeFacts(m: Mentorship): CloseFacts {
  const counted = m.goals.filter((g) => g.status === 'active' || g.status === 'met');
  const met = counted.filter((g) => g.status === 'met');
  return {
    goalsMet: met.map((g) => g.title),
    changed: met.map((g) => g.statusWhy?.trim() ?? '').filter((w) => w.length > 0),
    stepsDone: m.steps.filter((s) => s.done).length,
    sessions: m.sessions.length,
    allMet: counted.length > 0 && met.length === counted.length,
  };
}
