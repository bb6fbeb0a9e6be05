import { toBringUp } from './agenda';
import { reviewSummary } from './progress';
import type { Goal, GoalKind, GoalStatus, Mentorship, NextSession, Purpose, Session, Step } from './schema';

/**
 * Every change to a mentorship as a pure function of the record, the input, the time and fresh ids
 * (`id()`): the store (lib/tracker/mentorship-store.ts) checks the result against the schema and saves it.
 */
export type NewId = () => string;

export class MentorshipInputError extends Error {
  override name = 'InvalidInput';
}
const need = (ok: unknown, why: string) => {
  if (!ok) throw new MentorshipInputError(why);
};

export function newMentorship(personId: string, at: number): Mentorship {
  return { personId, startedAt: at, purpose: {}, setupDone: false, goals: [], steps: [], sessions: [], journal: [], givingBack: [], reviews: [], reviewEveryDays: 90, updatedAt: at };
}

const touch = (m: Mentorship, at: number): Mentorship => ({ ...m, updatedAt: Math.max(m.updatedAt, at) });
const clean = (s: string | undefined) => s?.trim() || undefined;

/** The purpose agreed at the start; an empty answer is a part skipped, to fill in later. */
export function setPurpose(m: Mentorship, p: Purpose, at: number, setupDone = true): Mentorship {
  const purpose = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, clean(v)]).filter(([, v]) => v)) as Purpose;
  return touch({ ...m, purpose, setupDone: m.setupDone || setupDone }, at);
}

export interface GoalInput {
  kind: GoalKind;
  title: string;
  why?: string;
}

export function addGoal(m: Mentorship, g: GoalInput, at: number, id: NewId): Mentorship {
  const title = g.title.trim();
  need(title, 'A goal needs a short title.');
  const goal: Goal = { id: id(), kind: g.kind, title, why: g.why?.trim() ?? '', status: 'active', statusAt: at, history: [{ at, field: 'created', to: title }], createdAt: at };
  return touch({ ...m, goals: [...m.goals, goal] }, at);
}

export interface GoalChange {
  status?: GoalStatus;
  /** The line on why (met: what changed; dropped: why). */
  why?: string;
  title?: string;
  reason?: string;
  kind?: GoalKind;
}

/** Revises a goal; every change is appended to its history, never rewritten (ARCHITECTURE.md §7). */
export function changeGoal(m: Mentorship, goalId: string, c: GoalChange, at: number): Mentorship {
  const g = m.goals.find((x) => x.id === goalId);
  need(g, 'That goal is no longer there.');
  const goal = { ...g!, history: [...g!.history] };
  const line = clean(c.why);
  if (c.title !== undefined && c.title.trim() && c.title.trim() !== goal.title) {
    goal.history.push({ at, field: 'title', from: goal.title, to: c.title.trim() });
    goal.title = c.title.trim();
  }
  if (c.reason !== undefined && c.reason.trim() !== goal.why) {
    goal.history.push({ at, field: 'why', from: goal.why.slice(0, 300), to: c.reason.trim().slice(0, 300) });
    goal.why = c.reason.trim();
  }
  if (c.kind && c.kind !== goal.kind) {
    goal.history.push({ at, field: 'kind', from: goal.kind, to: c.kind });
    goal.kind = c.kind;
  }
  if (c.status && c.status !== goal.status) {
    goal.history.push({ at, field: 'status', from: goal.status, to: c.status, ...(line ? { why: line } : {}) });
    goal.status = c.status;
    goal.statusAt = at;
    if (line) goal.statusWhy = line;
    else delete goal.statusWhy;
  }
  return touch({ ...m, goals: m.goals.map((x) => (x.id === goalId ? goal : x)) }, at);
}

export interface StepInput {
  text: string;
  due?: string;
  goalId?: string;
}

function makeStep(m: Mentorship, s: StepInput, at: number, id: NewId, sessionId?: string): Step {
  const text = s.text.trim();
  need(text, 'A step needs a few words on what to do.');
  need(!s.goalId || m.goals.some((g) => g.id === s.goalId), 'That goal is no longer there.');
  return { id: id(), text, done: false, createdAt: at, ...(s.due ? { due: s.due } : {}), ...(s.goalId ? { goalId: s.goalId } : {}), ...(sessionId ? { sessionId } : {}) };
}

export function addStep(m: Mentorship, s: StepInput, at: number, id: NewId): Mentorship {
  return touch({ ...m, steps: [...m.steps, makeStep(m, s, at, id)] }, at);
}

export function setStepDone(m: Mentorship, stepId: string, done: boolean, at: number): Mentorship {
  need(m.steps.some((s) => s.id === stepId), 'That step is no longer there.');
  const steps = m.steps.map((s) => {
    if (s.id !== stepId) return s;
    const { doneAt: _old, ...rest } = s;
    return done ? { ...rest, done, doneAt: at } : { ...rest, done };
  });
  return touch({ ...m, steps }, at);
}

export function planNext(m: Mentorship, next: NextSession, at: number): Mentorship {
  return touch({ ...m, next }, at);
}

export interface SessionInput extends Omit<Session, 'id'> {
  /** The action items or experiments committed to, each with a date and optionally a goal. */
  actionItems: StepInput[];
}

/**
 * A session held: kept with its agenda as it stood; its action items become steps the next agenda
 * brings up; the journal entries it brought up are marked taken; the plan for it is cleared.
 */
export function recordSession(m: Mentorship, s: SessionInput, at: number, id: NewId): Mentorship {
  const { actionItems, ...rest } = s;
  const session: Session = { ...rest, id: id() };
  const items = actionItems.filter((a) => a.text.trim()).map((a) => makeStep(m, a, at, id, session.id));
  const raised = new Set(toBringUp(m).map((j) => j.id));
  const journal = m.journal.map((j) => (raised.has(j.id) ? { ...j, broughtUpIn: session.id } : j));
  const { next: _held, ...base } = m;
  return touch({ ...base, sessions: [...m.sessions, session].sort((a, b) => a.at - b.at), steps: [...m.steps, ...items], journal }, at);
}

export function addJournal(m: Mentorship, e: { day: string; text: string; goalId?: string; bringUp: boolean }, at: number, id: NewId): Mentorship {
  const text = e.text.trim();
  need(text, 'A journal entry needs some text.');
  need(!e.goalId || m.goals.some((g) => g.id === e.goalId), 'That goal is no longer there.');
  const entry = { id: id(), day: e.day, text, bringUp: e.bringUp, createdAt: at, ...(e.goalId ? { goalId: e.goalId } : {}) };
  return touch({ ...m, journal: [...m.journal, entry] }, at);
}

export function setBringUp(m: Mentorship, entryId: string, bringUp: boolean, at: number): Mentorship {
  return touch({ ...m, journal: m.journal.map((j) => (j.id === entryId ? { ...j, bringUp } : j)) }, at);
}

export function addGiveBack(m: Mentorship, g: { day: string; text: string }, at: number, id: NewId): Mentorship {
  const text = g.text.trim();
  need(text, 'Say in a few words what you offered or shared.');
  return touch({ ...m, givingBack: [...m.givingBack, { id: id(), day: g.day, text, createdAt: at }] }, at);
}

/** The periodic review's outcome, with the progress it looked at frozen as it was. */
export function recordReview(m: Mentorship, r: { wins: string; adjust: string; outcome: string }, at: number, today: string, id: NewId): Mentorship {
  const s = reviewSummary(m, at, today);
  const progress = s.goals.map(({ goalId, title, done, total, doneSince }) => ({ goalId, title, done, total, doneSince }));
  const review = { id: id(), at, since: s.since, progress, wins: r.wins.trim(), adjust: r.adjust.trim(), outcome: r.outcome.trim() };
  return touch({ ...m, reviews: [...m.reviews, review] }, at);
}

export function endMentorship(m: Mentorship, at: number): Mentorship {
  return touch({ ...m, endedAt: at }, at);
}
