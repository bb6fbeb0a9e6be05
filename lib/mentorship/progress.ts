import { addDays } from './days';
import type { Goal, Mentorship, Step } from './schema';

/** Steps done out of total for one goal: what the page shows beside it. */
export function goalProgress(m: Pick<Mentorship, 'steps'>, goalId: string): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const s of m.steps) {
    if (s.goalId !== goalId) continue;
    total++;
    if (s.done) done++;
  }
  return { done, total };
}

export const activeGoals = (m: Pick<Mentorship, 'goals'>): Goal[] => m.goals.filter((g) => g.status === 'active');

/** Open steps with a date on or before `until` (overdue included), earliest first. */
export function openStepsDueBy(m: Pick<Mentorship, 'steps'>, until: string): Step[] {
  return m.steps.filter((s) => !s.done && s.due !== undefined && s.due <= until).sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
}

/** Open steps past their date as of `today`. */
export const overdueSteps = (m: Pick<Mentorship, 'steps'>, today: string): Step[] => openStepsDueBy(m, addDays(today, -1));

/** Where a periodic review looks back from: the last review, else the start. */
export const lastReviewAt = (m: Pick<Mentorship, 'reviews' | 'startedAt'>): number =>
  m.reviews.reduce((t, r) => Math.max(t, r.at), m.startedAt);

export interface GoalReview {
  goalId: string;
  title: string;
  status: Goal['status'];
  done: number;
  total: number;
  /** Steps finished since the last review. */
  doneSince: number;
}

export interface ReviewSummary {
  since: number;
  goals: GoalReview[];
  /** Worth celebrating: goals met and steps finished since the last review. */
  wins: string[];
  /** Worth adjusting: steps past their date, active goals without a step or without progress since. */
  adjust: string[];
}

/**
 * The periodic review's page (ARCHITECTURE.md §7, guide 000 "Schedule periodic reviews"): progress against
 * each goal since the last review, the wins, and what to adjust. Goals dropped before the period are left out.
 */
export function reviewSummary(m: Mentorship, now: number, today: string): ReviewSummary {
  const since = lastReviewAt(m);
  const goals: GoalReview[] = [];
  const wins: string[] = [];
  const adjust: string[] = [];
  for (const g of m.goals) {
    if ((g.status === 'dropped' || g.status === 'changed') && g.statusAt < since) continue;
    const steps = m.steps.filter((s) => s.goalId === g.id);
    const doneSince = steps.filter((s) => s.done && (s.doneAt ?? 0) >= since && (s.doneAt ?? 0) <= now);
    goals.push({ goalId: g.id, title: g.title, status: g.status, done: steps.filter((s) => s.done).length, total: steps.length, doneSince: doneSince.length });
    if (g.status === 'met' && g.statusAt >= since) wins.push(`Goal met: ${g.title}`);
    for (const s of doneSince) wins.push(`Done: ${s.text}`);
    if (g.status !== 'active') continue;
    if (steps.length === 0) adjust.push(`"${g.title}" has no steps yet: break it into one or two`);
    else if (doneSince.length === 0) adjust.push(`No progress on "${g.title}" since the last review: keep it, change it or drop it?`);
  }
  for (const s of m.steps) if (!s.goalId && s.done && (s.doneAt ?? 0) >= since && (s.doneAt ?? 0) <= now) wins.push(`Done: ${s.text}`);
  for (const s of overdueSteps(m, today)) adjust.push(`Past its date (${s.due}): ${s.text}`);
  return { since, goals, wins, adjust };
}

/** "0 of 1 step done", "2 of 3 steps done": counted in words a person writes. */
export const stepsDone = (done: number, total: number) => `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`;

/** "1 session", "3 sessions". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
