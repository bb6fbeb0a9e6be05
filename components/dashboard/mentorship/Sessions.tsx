import type { Mentorship } from '../../../lib/mentorship';
import { BothZones } from './NextSession';
import { dateFormat } from '../../../lib/date-format';

const sessionDay = dateFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** Past sessions, newest first, each with its agenda as it stood and what came of it. */
export function PastSessions({ m, zones }: { m: Mentorship; zones: { mine: string; theirs?: string; first: string } }) {
  const items = new Map<string, string[]>();
  for (const s of m.steps) if (s.sessionId) items.set(s.sessionId, [...(items.get(s.sessionId) ?? []), `${s.done ? '✓ ' : ''}${s.text}${s.due ? ` (by ${s.due})` : ''}`]);
  return (
    <section class="card ms-sessions" aria-label="Past sessions">
      <h3>Past sessions ({m.sessions.length})</h3>
      {m.sessions.length === 0 && <p class="muted">None yet. After each session, record the notes, feedback, takeaways and what you'll try next.</p>}
      {[...m.sessions].reverse().map((s) => (
        <details key={s.id}>
          <summary>{sessionDay().format(s.at)}{s.takeaways ? `: ${s.takeaways.split('\n')[0]}` : ''}</summary>
          <BothZones at={s.at} zones={{ ...zones, mine: s.timeZone, theirs: s.theirTimeZone }} />
          {s.agenda.length > 0 && (<><h4>Agenda</h4><ul>{s.agenda.map((a, i) => <li key={i}>{a}</li>)}</ul></>)}
          {s.notes && <p><strong>Notes:</strong> {s.notes}</p>}
          {s.feedback && <p><strong>Feedback:</strong> {s.feedback}</p>}
          {s.takeaways && <p><strong>Takeaways:</strong> {s.takeaways}</p>}
          {items.get(s.id) && (<><h4>Action items</h4><ul>{items.get(s.id)!.map((t, i) => <li key={i}>{t}</li>)}</ul></>)}
        </details>
      ))}
    </section>
  );
}
