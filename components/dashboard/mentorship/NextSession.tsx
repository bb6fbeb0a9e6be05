import { useState } from 'preact/hooks';
import { addDays, agendaText, draftAgenda, type AgendaItem, type Mentorship, type StepInput } from '../../../lib/mentorship';
import { formatInZone } from '../../../lib/schedule/format';
import { zonedParts, zonedTimeToUtc } from '../../../lib/schedule/zone';
import { dayValue, newIds, type Save } from './use-journal';
import { dateFormat } from '../../../lib/date-format';

const aroundDay = dateFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

interface Zones { mine: string; theirs?: string; first: string }

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as a datetime-local value in a zone, and back. */
function toLocalInput(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.h)}:${pad(p.min)}`;
}
function fromLocalInput(v: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(v);
  return m ? zonedTimeToUtc({ y: +m[1]!, m: +m[2]!, d: +m[3]!, h: +m[4]!, min: +m[5]! }, zone) : undefined;
}

export function BothZones({ at, zones }: { at: number; zones: Zones }) {
  return (
    <dl class="zones">
      <div><dt>You</dt><dd>{formatInZone(at, zones.mine)}</dd></div>
      <div><dt>{zones.first}</dt><dd>{zones.theirs ? formatInZone(at, zones.theirs) : 'Time zone unknown'}</dd></div>
    </dl>
  );
}

function Plan({ m, zones, save, suggested }: { m: Mentorship; zones: Zones; save: Save; suggested: number }) {
  const next = m.next ?? { minutes: 45, update: '', questions: [] };
  const [when, setWhen] = useState(toLocalInput(next.at ?? suggested, zones.mine));
  const [update, setUpdate] = useState(next.update);
  const [questions, setQuestions] = useState(next.questions.join('\n'));
  const submit = (e: Event) => {
    e.preventDefault();
    const at = fromLocalInput(when, zones.mine);
    const qs = questions.split('\n').map((q) => q.trim()).filter(Boolean).slice(0, 10);
    void save({ type: 'plan-next', next: { ...next, ...(at !== undefined ? { at } : {}), timeZone: zones.mine, ...(zones.theirs ? { theirTimeZone: zones.theirs } : {}), update: update.trim(), questions: qs } }, 'Next session saved.');
  };
  return (
    <form class="step-form plan" aria-label="Plan the next session" onSubmit={submit}>
      <label for="ns-when">When (your time, {zones.mine})</label>
      <input id="ns-when" type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      <label for="ns-update">A short personal update</label>
      <input id="ns-update" value={update} onInput={(e) => setUpdate(e.currentTarget.value)} placeholder="What has happened since you last talked" />
      <label for="ns-questions">Your questions (one per line)</label>
      <textarea id="ns-questions" rows={3} value={questions} onInput={(e) => setQuestions(e.currentTarget.value)} />
      <button type="submit">Save the plan</button>
    </form>
  );
}

function Record({ m, agenda, zones, now, today, save }: { m: Mentorship; agenda: AgendaItem[]; zones: Zones; now: number; today: string; save: Save }) {
  const [when, setWhen] = useState(toLocalInput(m.next?.at && m.next.at <= now ? m.next.at : now, zones.mine));
  const [notes, setNotes] = useState('');
  const [feedback, setFeedback] = useState('');
  const [takeaways, setTakeaways] = useState('');
  const blank = (): StepInput & { due: string } => ({ text: '', due: addDays(today, 14) });
  const [items, setItems] = useState([blank(), blank()]);
  const setItem = (i: number, patch: Partial<StepInput>) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = async (e: Event) => {
    e.preventDefault();
    const at = fromLocalInput(when, zones.mine) ?? now;
    const actionItems = items.map((x) => ({ text: x.text, due: dayValue(x.due ?? ''), goalId: x.goalId || undefined }));
    const ok = await save({ type: 'record-session', ids: newIds(1 + actionItems.length), session: {
      at, minutes: m.next?.minutes ?? 45, timeZone: zones.mine, ...(zones.theirs ? { theirTimeZone: zones.theirs } : {}),
      agenda: agenda.map((a) => a.text).slice(0, 40), notes: notes.trim(), feedback: feedback.trim(), takeaways: takeaways.trim(), actionItems,
    } }, 'Session recorded. Its action items are on the next agenda.');
    if (!ok) return;
    setNotes('');
    setFeedback('');
    setTakeaways('');
    setItems([blank(), blank()]);
  };
  return (
    <form class="step-form record" aria-label="Record the session" onSubmit={submit}>
      <label for="rs-when">When it took place (your time)</label>
      <input id="rs-when" type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      <label for="rs-notes">Notes</label>
      <textarea id="rs-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      <label for="rs-feedback">Feedback you received</label>
      <textarea id="rs-feedback" rows={2} value={feedback} onInput={(e) => setFeedback(e.currentTarget.value)} />
      <label for="rs-takeaways">Your takeaways</label>
      <textarea id="rs-takeaways" rows={2} value={takeaways} onInput={(e) => setTakeaways(e.currentTarget.value)} />
      <fieldset class="action-items">
        <legend>Action items or experiments you commit to</legend>
        {items.map((it, i) => (
          <div class="row" key={i}>
            <input aria-label={`Action item ${i + 1}`} value={it.text} onInput={(e) => setItem(i, { text: e.currentTarget.value })} placeholder="Try …, measure …, send …" />
            <input aria-label={`Action item ${i + 1}: by`} type="date" value={it.due} onInput={(e) => setItem(i, { due: e.currentTarget.value })} />
            <select aria-label={`Action item ${i + 1}: goal`} value={it.goalId ?? ''} onChange={(e) => setItem(i, { goalId: e.currentTarget.value || undefined })}>
              <option value="">No goal</option>
              {m.goals.filter((g) => g.status === 'active').map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => setItems((xs) => [...xs, blank()])}>Add another action item</button>
      </fieldset>
      <button type="submit" class="primary">Record the session</button>
    </form>
  );
}

/**
 * The next session: when (both zones, as for the first chat), and its agenda drafted from the journal
 * (lib/mentorship/agenda.ts). After it, the record: notes, feedback, takeaways and action items.
 */
export function NextSession({ m, zones, now, today, cadenceDays, save }: { m: Mentorship; zones: Zones; now: number; today: string; cadenceDays: number; save: Save }) {
  const agenda = draftAgenda(m, today);
  const last = m.sessions.at(-1)?.at ?? m.startedAt;
  const suggested = Math.max(now, last + cadenceDays * 86_400_000);
  const [open, setOpen] = useState<'plan' | 'record' | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <section class="card ms-next" aria-label="Next session">
      <h3>Next session</h3>
      {m.next?.at !== undefined ? <BothZones at={m.next.at} zones={zones} /> : <p class="muted">Not booked yet. Every {cadenceDays} days: the next around {aroundDay(zones.mine).format(suggested)}.</p>}
      <h4 id="agenda-title">Agenda</h4>
      <ul class="agenda" aria-labelledby="agenda-title">
        {agenda.map((a, i) => <li key={i} class={`agenda-${a.kind}`}>{a.text}</li>)}
      </ul>
      <div class="row">
        <button type="button" onClick={() => void navigator.clipboard.writeText(agendaText(agenda)).then(() => setCopied(true))}>{copied ? 'Agenda copied' : 'Copy the agenda'}</button>
        <button type="button" aria-expanded={open === 'plan'} onClick={() => setOpen(open === 'plan' ? null : 'plan')}>Plan: time, update, questions</button>
        <button type="button" class="primary" aria-expanded={open === 'record'} onClick={() => setOpen(open === 'record' ? null : 'record')}>Record the session</button>
      </div>
      {open === 'plan' && <Plan m={m} zones={zones} save={async (e, msg) => (await save(e, msg)) && (setOpen(null), true)} suggested={suggested} />}
      {open === 'record' && <Record m={m} agenda={agenda} zones={zones} now={now} today={today} save={async (e, msg) => (await save(e, msg)) && (setOpen(null), true)} />}
    </section>
  );
}
