import { hasDraft } from '../lib/follow-ups';
import { useState } from 'preact/hooks';
import type { DueItem, DueSet } from '../lib/popup-link/protocol';

export const personHref = (id: string, nudge?: string) =>
  `/dashboard.html#/person/${encodeURIComponent(id)}${nudge ? `?nudge=${nudge}` : ''}`;

/**
 * "Due now": the follow-ups ARCHITECTURE.md §5 says are due, each with its draft one click
 * away. Shown in the popup (anywhere, also off LinkedIn) and atop the dashboard.
 */
function DueItemRow({ n, onOpen }: { n: DueItem; onOpen?: (id: string, kind: string) => void }) {
  // A close-out or "did it happen?" has nothing to send: it asks the user to decide, so it opens the person;
  // a mentorship's step or review opens their journal.
  const verb = hasDraft(n.kind) ? 'Open draft' : n.kind === 'close-out' || n.kind === 'chat-happened' ? 'Review' : 'Open';
  return (
    <li>
      <span>
        {n.title} <span class="muted">{n.reason}</span>
      </span>{' '}
      {onOpen ? (
        <button type="button" aria-label={`${verb}: ${n.title}`} onClick={() => onOpen(n.personId, n.kind)}>
          {verb}
        </button>
      ) : (
        <a href={personHref(n.personId, n.kind)} target="_blank" aria-label={`${verb}: ${n.title}`}>
          {verb}
        </a>
      )}
    </li>
  );
}

/** A short list: the oldest few, the rest one click away, so the list never buries the page. */
const SHORT = 5;

/**
 * `due` holds the count and the oldest few (lib/nudges/indexed.ts). "Show all" asks for the rest with
 * `onShowAll` (the dashboard); without it (the popup) the rest are a link to the dashboard.
 */
export function DueList({ due, compact, onOpen, onShowAll }: { due: DueSet | undefined; compact?: boolean; onOpen?: (id: string, kind: string) => void; onShowAll?: (all: boolean) => void }) {
  const [all, setAll] = useState(false);
  if (!due) return null;
  const { count, items } = due;
  if (!count) return compact ? null : <p class="muted empty">Nothing is due. Coffee Chat will remind you when a follow-up is.</p>;
  return (
    <section class="due-list card" aria-label="Due now">
      <h2>Due now ({count})</h2>
      <ul>
        {(all ? items : items.slice(0, SHORT)).map((n) => <DueItemRow key={`${n.personId}-${n.kind}`} n={n} onOpen={onOpen} />)}
      </ul>
      {all && items.length < count && !onShowAll && <a href="/dashboard.html" target="_blank">All {count} in the dashboard</a>}
      {count > SHORT && (
        <button type="button" class="linklike" aria-expanded={all} onClick={() => (setAll(!all), onShowAll?.(!all))}>
          {all ? 'Show fewer' : `Show all ${count}`}
        </button>
      )}
    </section>
  );
}
