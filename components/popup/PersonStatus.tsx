import { useState } from 'preact/hooks';
import { markReplied, undoStep } from '../../lib/popup/commands';
import type { Person } from '../../lib/tracker/schema';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { undoLabel } from '../step-titles';

const when = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/**
 * What has happened with this person so far, and the next step the popup can
 * take: marking their reply cancels the check-in and offers the chat (issue 6).
 */
export function PersonStatus({ person, now }: { person: Person; now: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Undo names the step it takes back (the same words as the dashboard's timeline).
  const last = useTrackerQuery({ name: 'last-step', personId: person.id }, `${person.id} ${person.updatedAt}`, { keepPrevious: true }).value;
  const first = person.profile.firstName ?? person.name;
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const dashboardAt = `/dashboard.html#/person/${encodeURIComponent(person.id)}`;
  return (
    <section class="card person-status" aria-label="Your history with them">
      {person.sentAt && <p>Ask sent {when(person.sentAt)}{person.askChannel ? ` by ${person.askChannel.replace('-', ' ')}` : ''}.</p>}
      {person.repliedAt && <p>{first} replied {when(person.repliedAt)}.</p>}
      <div class="row">
        {person.stage === 'sent' && (
          <button type="button" class="primary" disabled={busy} onClick={() => run(() => markReplied(person.id, now))}>
            Mark as replied
          </button>
        )}
        {person.stage === 'replied' && (
          <a class="button primary" href={`${dashboardAt}?action=schedule`} target="_blank">
            Schedule the chat
          </a>
        )}
        <a href={dashboardAt} target="_blank">
          Open in dashboard
        </a>
        {last && last.type !== 'drafted' && (
          <button type="button" disabled={busy} onClick={() => run(() => undoStep(person.id))}>
            Undo: {undoLabel(last)}
          </button>
        )}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
