import { useEffect, useState } from 'preact/hooks';
import { now } from '../../lib/shared/clock';
import { personRoute } from './use-route';

/** How long the "Undo" stays on screen; the tracker keeps the deleted record longer (UNDO_DELETE_MS). */
const SHOWN_MS = 60_000;

type Deleted = { id: string; name: string };
let current: Deleted | null = null;
const listeners = new Set<(d: Deleted | null) => void>();
const set = (d: Deleted | null) => {
  current = d;
  for (const l of listeners) l(d);
};

/** Called after a delete: the toast offers to put them back. */
export const offerUndoDelete = (d: Deleted) => set(d);

/**
 * "Deleted Ada Okafor. Undo": deleting a person can be taken back for a while, from
 * any page of the dashboard, since the person's own page is gone once they are.
 */
export function UndoToast() {
  const [deleted, setDeleted] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    listeners.add(setDeleted);
    return () => void listeners.delete(setDeleted);
  }, []);
  useEffect(() => {
    if (!deleted) return;
    setProblem(null);
    const t = setTimeout(() => current === deleted && set(null), SHOWN_MS);
    return () => clearTimeout(t);
  }, [deleted]);
  if (!deleted) return null;
  const undo = async () => {
    try {
      // Loaded on the click: the command schemas are no part of the list's first render.
      const { command } = await import('../../lib/dashboard/command');
      await command({ name: 'restore-person', personId: deleted.id, at: await now() });
      set(null);
      location.hash = personRoute(deleted.id);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <div class="toast card row" role="status" aria-label="Deleted">
      <span>Deleted {deleted.name} and their history.</span>
      <button type="button" onClick={() => void undo()}>Undo</button>
      <button type="button" aria-label="Close" onClick={() => set(null)}>✕</button>
      {problem && <span class="error" role="alert">{problem}</span>}
    </div>
  );
}
