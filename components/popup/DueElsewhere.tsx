import type { DueItem } from '../../lib/popup-link/protocol';
import { personHref } from '../DueList';

/**
 * What's due for other people: short and collapsible under the current person's
 * step, so it never pushes the draft down; full names, and each reason says how long it's been.
 */
export function DueElsewhere({ due, exceptId, open }: { due: DueItem[] | undefined; exceptId?: string; open: boolean }) {
  const items = (due ?? []).filter((n) => n.personId !== exceptId);
  if (!due) return null;
  if (!items.length) return open ? <p class="muted">Nothing else is due. Coffee Chat will remind you when a follow-up is.</p> : null;
  return (
    <details class="due-elsewhere card" open={open}>
      <summary>
        <h2 class="inline-h">{exceptId ? 'Due elsewhere' : 'Due now'} ({items.length})</h2>
      </summary>
      <ul aria-label={exceptId ? 'Due elsewhere' : 'Due now'}>
        {items.map((n) => (
          <li key={`${n.personId}-${n.kind}`}>
            <a href={personHref(n.personId, n.kind)} target="_blank">{n.title}</a> <span class="muted">{n.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
