import { getDb } from '../../lib/shared/tracker-db';
import { command } from '../../lib/dashboard/command';
import { lastEvent } from '../../lib/tracker/undo';
import type { Person } from '../../lib/tracker/schema';
import { useLiveQuery } from '../hooks/use-live-query';
import { undoLabel } from '../step-titles';

/**
 * Names the step it would take back ("Undo: Ask sent (22 Nov)"), so nobody undoes blind.
 * Not offered for a saved draft: undoing it would only delete the draft (a reopen, also
 * in "drafted", can be undone).
 */
export function UndoLastStep({ person, onAct }: { person: Person; onAct: (fn: () => Promise<unknown>, done: string) => void }) {
  const last = useLiveQuery(() => lastEvent(getDb(), person.id), [person.id, person.updatedAt]).value;
  if (!last || last.type === 'drafted') return null;
  const what = undoLabel(last);
  return (
    <button type="button" onClick={() => onAct(() => command({ name: 'undo', personId: person.id }), `Undone: ${what}.`)}>
      Undo: {what}
    </button>
  );
}
