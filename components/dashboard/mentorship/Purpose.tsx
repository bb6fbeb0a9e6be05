import { useState } from 'preact/hooks';
import { type Mentorship, type Purpose as P } from '../../../lib/mentorship';
import type { Save } from './use-journal';
import { command } from '../../../lib/dashboard/command';

const FIELDS: [keyof P, string][] = [['gain', 'You hope to gain'], ['offer', 'You offer back'], ['meeting', 'How you meet'], ['feedback', 'Feedback that helps you']];

/** The purpose agreed at the start; a skipped part says so and can be filled in. */
export function Purpose({ m, now, save, cadenceDays }: { m: Mentorship; now: number; cadenceDays: number; save: Save }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<P>(m.purpose);
  const [days, setDays] = useState(cadenceDays);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(null);
    // The rhythm is the tracker's (the cadence nudge reads it): a step, like starting the mentorship.
    if (days !== cadenceDays) await command({ name: 'mentor', personId: m.personId, cadenceDays: days, at: now }).catch((x: Error) => setProblem(x.message));
    if (await save({ type: 'purpose', purpose: draft }, 'Purpose saved.')) setEditing(false);
  };
  return (
    <section class="card ms-purpose" aria-label="Purpose">
      <h3>Purpose</h3>
      {!editing ? (
        <>
          <dl class="purpose">
            {FIELDS.map(([k, label]) => (
              <div key={k}><dt>{label}</dt><dd class={m.purpose[k] ? '' : 'muted'}>{m.purpose[k] ?? 'Not set yet'}</dd></div>
            ))}
          </dl>
          <button type="button" onClick={() => (setDraft(m.purpose), setDays(cadenceDays), setEditing(true))}>Edit the purpose</button>
        </>
      ) : (
        <form class="step-form" aria-label="Edit the purpose" onSubmit={submit}>
          {FIELDS.map(([k, label]) => (
            <div key={k}>
              <label for={`pp-${k}`}>{label}</label>
              <input id={`pp-${k}`} value={draft[k] ?? ''} onInput={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })} />
            </div>
          ))}
          <label for="pp-days">A session every (days)</label>
          <input id="pp-days" type="number" min={7} max={180} value={days} onInput={(e) => setDays(Number(e.currentTarget.value) || days)} />
          <div class="row"><button type="submit" class="primary">Save</button><button type="button" onClick={() => setEditing(false)}>Cancel</button></div>
          {problem && <p class="error" role="alert">{problem}</p>}
        </form>
      )}
    </section>
  );
}
