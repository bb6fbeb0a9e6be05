import type { DueSet } from '../../lib/popup-link/protocol';
import { personHref } from '../DueList';

/**
 * What's due for other people: short and collapsible under the current person's
 * step, so it never pushes the draft down; full names, and each reason says how long it's been.
 */
export function DueElsewhere({ due, exceptId, open }: { due: DueSet | undefined; exceptId?: string; open: boolean }) {
  const items = (due?.items ?? []).filter((n) => n.personId !== exceptId);
  if (!due) return null;
  // The count less this person's own, if it is among those due (only the oldest few come with it).
  const count = due.count - (due.items.length - items.length);
  if (!count) return open ? <p class="muted">Nothing else is due. Coffee Chat will remind you when a follow-up is.</p> : null;
  return (
    <details class="due-elsewhere card" open={open}>
      <summary>
        <h2 class="inline-h">{exceptId ? 'Due elsewhere' : 'Due now'} ({count})</h2>
      </summary>
      <ul aria-label={exceptId ? 'Due elsewhere' : 'Due now'}>
        {items.map((n) => (
          <li key={`${n.personId}-${n.kind}`}>
            <a href={personHref(n.personId, n.kind)} target="_blank">{n.title}</a> <span class="muted">{n.reason}</span>
          </li>
        ))}
      </ul>
      {count > items.length && <a href="/dashboard.html" target="_blank">All {count} in the dashboard</a>}
    </details>
  );
}
