import { useState } from 'preact/hooks';
import { undoStep } from '../../lib/popup/commands';
import type { Person } from '../../lib/tracker/schema';
import { CHANNEL_LABELS } from '../ChannelSwitch';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { undoLabel } from '../step-titles';
import { dateFormat } from '../../lib/date-format';

const dayMonth = dateFormat(undefined, { day: 'numeric', month: 'short' });

const when = (ms: number) => dayMonth().format(ms);

/**
 * What has happened with this person so far, in words (never internal values), with Undo for the
 * last step and a link to their page. The next step itself leads the popup (NextStep.tsx).
 */
export function PersonStatus({ person }: { person: Person }) {
  const [error, setError] = useState<string | null>(null);
  // Undo names the step it takes back (the same words as the dashboard's timeline).
  const last = useTrackerQuery({ name: 'last-step', personId: person.id }, `${person.id} ${person.updatedAt}`, { keepPrevious: true }).value;
  const first = person.profile.firstName ?? person.name;
  const dashboardAt = `/dashboard.html#/person/${encodeURIComponent(person.id)}`;
  const said: string[] = [];
  if (person.invitedAt && !person.sentAt) said.push(`Invitation sent ${when(person.invitedAt)}${person.acceptedAt ? `, accepted ${when(person.acceptedAt)}` : ''}.`);
  if (person.sentAt) said.push(`Ask sent ${when(person.sentAt)}${person.askChannel ? ` (${CHANNEL_LABELS[person.askChannel]})` : ''}.`);
  if (person.repliedAt) said.push(`${first} replied ${when(person.repliedAt)}.`);
  if (person.heldAt) said.push(`Last chat ${when(person.heldAt)}.`);
  return (
    <section class="person-status" aria-label="Your history with them">
      {said.length > 0 && <p class="muted">{said.join(' ')}</p>}
      <div class="row">
        <a href={dashboardAt} target="_blank">Open their page</a>
        {last && last.type !== 'drafted' && (
          <button type="button" class="small" onClick={() => void undoStep(person.id).catch((e: Error) => setError(e.message))}>
            Undo: {undoLabel(last)}
          </button>
        )}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
