import { useState } from 'preact/hooks';
import { command } from '../../../lib/dashboard/command';
import type { JournalOp } from '../../../lib/mentorship/ops';
import type { Mentorship } from '../../../lib/mentorship/schema';

/** Fresh ids for goals, steps, sessions and entries: unique across browsers, so imports merge by id. */
export const newId = () => crypto.randomUUID();
export const newIds = (n: number) => Array.from({ length: n }, newId);

/** What every journal form is given: saves changes, says how it went, returns whether it saved. */
export type Save = (ops: JournalOp | JournalOp[], msg: string) => Promise<boolean>;

/**
 * The journal's changes go to the background's one command handler (lib/background/commands.ts),
 * which saves them in one write and recomputes the nudges. The last change can be undone while
 * nothing else changed the journal: the page keeps the record as it was before.
 */
export function useJournal(personId: string, now: number, current: Mentorship | undefined) {
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ before: Mentorship; after: number } | null>(null);
  const run = async (ops: JournalOp[]) => command<Mentorship>({ name: 'journal', personId, at: now, ops });
  const save: Save = async (ops, message) => {
    setProblem(null);
    try {
      const after = await run(Array.isArray(ops) ? ops : [ops]);
      setDone(message);
      setUndo(current ? { before: current, after: after.updatedAt } : null);
      return true;
    } catch (e) {
      setProblem((e as Error).message);
      setDone(null);
      return false;
    }
  };
  const undoLast = async () => {
    if (!undo) return;
    setProblem(null);
    try {
      await run([{ type: 'restore', mentorship: undo.before, ifUpdatedAt: undo.after }]);
      setDone('Undone.');
    } catch (e) {
      setProblem((e as Error).message);
    }
    setUndo(null);
  };
  return { save, problem, done, canUndo: undo !== null, undoLast };
}

/** "2027-01-15" from a date input, or undefined when left empty. */
export const dayValue = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
