import { dueNudges, nudgeTitle } from '../lib/nudges';
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
  const people = useLiveQuery(() => getDb().people.where('stage').noneOf(['closed', 'drafted']).toArray(), []).value;
  if (!people) return null;
  const due = dueNudges(people, now, settings);
  if (!due.length) return compact ? null : <p class="muted empty">Nothing is due. Coffee Chat will remind you when a follow-up is.</p>;
  const byId = new Map(people.map((p) => [p.id, p]));
  return (
    <section class="due-list card" aria-label="Due now">
      <h2>Due now ({due.length})</h2>
      <ul>
        {due.map((n) => {
          const person = byId.get(n.personId)!;
          return (
            <li key={`${n.personId}-${n.kind}`}>
              <span>
                {nudgeTitle(n, person)} <span class="muted">{n.reason}</span>
              </span>{' '}
              {onOpen ? (
                <button type="button" onClick={() => onOpen(n.personId, n.kind)}>
                  Open draft
                </button>
              ) : (
                <a href={personHref(n.personId, n.kind)} target="_blank">
                  Open draft
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
