import { useState } from 'preact/hooks';
import { setPurpose, type Mentorship, type Purpose as P } from '../../../lib/mentorship';

const FIELDS: [keyof P, string][] = [['gain', 'You hope to gain'], ['offer', 'You offer back'], ['meeting', 'How you meet'], ['feedback', 'Feedback that helps you']];

/** The purpose agreed at the start (guide 000, first paragraph); a skipped part says so and can be filled in. */
export function Purpose({ m, now, save }: { m: Mentorship; now: number; save: (edit: (m: Mentorship) => Mentorship, msg: string) => Promise<boolean> }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<P>(m.purpose);
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
          <button type="button" onClick={() => (setDraft(m.purpose), setEditing(true))}>Edit the purpose</button>
        </>
      ) : (
        <form class="step-form" aria-label="Edit the purpose" onSubmit={async (e) => (e.preventDefault(), (await save((x) => setPurpose(x, draft, now), 'Purpose saved.')) && setEditing(false))}>
          {FIELDS.map(([k, label]) => (
            <div key={k}>
              <label for={`pp-${k}`}>{label}</label>
              <input id={`pp-${k}`} value={draft[k] ?? ''} onInput={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })} />
            </div>
          ))}
          <div class="row"><button type="submit" class="primary">Save</button><button type="button" onClick={() => setEditing(false)}>Cancel</button></div>
        </form>
      )}
    </section>
  );
}
