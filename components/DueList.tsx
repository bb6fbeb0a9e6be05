import { dueNudges, loadNudgePeople, nudgeTitle } from '../lib/nudges';
import type { Settings } from '../lib/settings/schema';
import { getDb } from '../lib/shell/db';
import { useLiveQuery } from './hooks/use-live-query';

export const personHref = (id: string, nudge?: string) =>
  `/dashboard.html#/person/${encodeURIComponent(id)}${nudge ? `?nudge=${nudge}` : ''}`;

/**
 * "Due now": the follow-ups ASK.md §5 says are due, each with its draft one click
 * away. Shown in the popup (anywhere, also off LinkedIn) and atop the dashboard.
 */
export function DueList({ settings, now, compact, onOpen }: { settings: Settings; now: number; compact?: boolean; onOpen?: (id: string, kind: string) => void }) {
  // Keeps only what is due with its title, not everyone a rule could nudge: the dashboard
  // stays small at 10,000 people. Re-read on each tick of `now` (a few ms, packed rows).
  const due = useLiveQuery(async () => {
    const people = await loadNudgePeople(getDb());
    const byId = new Map(people.map((p) => [p.id, p]));
    return dueNudges(people, now, settings).map((n) => ({ ...n, title: nudgeTitle(n, byId.get(n.personId)!) }));
  }, [now, settings]).value;
  if (!due) return null;
  if (!due.length) return compact ? null : <p class="muted empty">Nothing is due. Coffee Chat will remind you when a follow-up is.</p>;
  return (
    <section class="due-list card" aria-label="Due now">
      <h2>Due now ({due.length})</h2>
      <ul>
        {due.map((n) => (
          <li key={`${n.personId}-${n.kind}`}>
            <span>
              {n.title} <span class="muted">{n.reason}</span>
            </span>{' '}
            {onOpen ? (
              <button type="button" aria-label={`Open draft: ${n.title}`} onClick={() => onOpen(n.personId, n.kind)}>
                Open draft
              </button>
            ) : (
              <a href={personHref(n.personId, n.kind)} target="_blank" aria-label={`Open draft: ${n.title}`}>
                Open draft
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
