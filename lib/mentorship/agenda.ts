import { addDays, shortDay } from './days';
import { activeGoals, goalProgress, openStepsDueBy, stepsDone } from './progress';
import type { Mentorship } from './schema';

/** How far ahead "due soon" looks: the steps to talk about before their date. */
export const SOON_DAYS = 14;

export type AgendaKind = 'update' | 'goal' | 'step' | 'action' | 'journal' | 'question';
export interface AgendaItem {
  kind: AgendaKind;
  text: string;
}

/** The journal entries the user marked "bring this up" that no session has taken yet. */
export const toBringUp = (m: Pick<Mentorship, 'journal'>) => m.journal.filter((j) => j.bringUp && !j.broughtUpIn);

/** Action items from sessions that are still open, oldest first. */
export const openActions = (m: Pick<Mentorship, 'steps'>) => m.steps.filter((s) => s.sessionId && !s.done);

/**
 * The next session's agenda as drafted by default (ARCHITECTURE.md §7; guide 000: "Prepare for meetings with
 * specific topics, questions, and a brief personal update"): a personal update, the active goals with
 * their progress, open steps due soon, the action items still open, the journal entries to bring up,
 * and the user's questions. `today` is the user's calendar day.
 */
export function draftAgenda(m: Mentorship, today: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  const title = new Map(m.goals.map((g) => [g.id, g.title]));
  const update = m.next?.update.trim();
  items.push({ kind: 'update', text: update ? `Personal update: ${update}` : 'Personal update: what has happened since we last talked' });
  for (const g of activeGoals(m)) {
    const { done, total } = goalProgress(m, g.id);
    items.push({ kind: 'goal', text: `${g.title}: ${total ? stepsDone(done, total) : 'no steps yet'}` });
  }
  const until = addDays(today, SOON_DAYS);
  const actions = openActions(m);
  const dated = openStepsDueBy(m, until).filter((s) => !s.sessionId);
  const due = (d: string | undefined) => (d ? (d < today ? ` (was due ${shortDay(d, today)})` : ` (by ${shortDay(d, today)})`) : '');
  const of = (goalId: string | undefined) => (goalId && title.has(goalId) ? ` [${title.get(goalId)}]` : '');
  for (const s of dated) items.push({ kind: 'step', text: `Step: ${s.text}${due(s.due)}${of(s.goalId)}` });
  for (const s of actions) items.push({ kind: 'action', text: `Action item: ${s.text}${due(s.due)}${of(s.goalId)}` });
  for (const j of toBringUp(m)) items.push({ kind: 'journal', text: `From my journal (${shortDay(j.day, today)}): ${j.text.trim().replace(/\s+/g, ' ')}` });
  for (const q of m.next?.questions ?? []) if (q.trim()) items.push({ kind: 'question', text: `Question: ${q.trim()}` });
  return items;
}

/** The agenda as bullets to paste into a message. */
export const agendaText = (items: readonly AgendaItem[]) => items.map((i) => `- ${i.text}`).join('\n');
