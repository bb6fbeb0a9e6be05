import { useState } from 'preact/hooks';
import { shortDay, type Mentorship } from '../../../lib/mentorship';
import { dayValue, newIds, type Save } from './use-journal';


/** The learning journal. */
export function Journal({ m, today, save }: { m: Mentorship; today: string; save: Save }) {
  const [day, setDay] = useState(today);
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState('');
  const [bringUp, setBring] = useState(false);
  const title = new Map(m.goals.map((g) => [g.id, g.title]));
  const entries = [...m.journal].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.createdAt - a.createdAt));
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await save({ type: 'add-entry', ids: newIds(1), entry: { day: dayValue(day) ?? today, text, goalId: goalId || undefined, bringUp } }, bringUp ? 'Entry saved; it is on the next agenda.' : 'Entry saved.');
    if (ok) {
      setText('');
      setBring(false);
    }
  };
  return (
    <section class="card ms-journal" aria-label="Learning journal">
      <h3>Learning journal</h3>
      <form class="step-form" aria-label="New journal entry" onSubmit={submit}>
        <label for="jr-text">What did you learn or notice?</label>
        <textarea id="jr-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="row">
          <input aria-label="Date of the entry" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
          <select aria-label="Goal it relates to" value={goalId} onChange={(e) => setGoalId(e.currentTarget.value)}>
            <option value="">No particular goal</option>
            {m.goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
          <label class="check"><input type="checkbox" checked={bringUp} onChange={(e) => setBring(e.currentTarget.checked)} /> Bring this up next session</label>
          <button type="submit">Add entry</button>
        </div>
      </form>
      {entries.length === 0 ? <p class="muted">No entries yet. A line after something you tried is enough.</p> : (
        <ul class="entries">
          {entries.slice(0, 30).map((j) => (
            <li key={j.id}>
              <span class="muted">{shortDay(j.day, today)}{j.goalId && title.has(j.goalId) ? ` · ${title.get(j.goalId)}` : ''}</span>
              <p>{j.text}</p>
              {j.broughtUpIn ? <span class="badge">brought up</span> : (
                <button type="button" class="linklike" aria-pressed={j.bringUp} onClick={() => void save({ type: 'bring-up', entryId: j.id, bringUp: !j.bringUp }, j.bringUp ? 'Taken off the agenda.' : 'On the next agenda.')}>
                  {j.bringUp ? 'On the next agenda (take off)' : 'Bring this up'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 30 && <p class="muted">And {entries.length - 30} earlier entries (in your export).</p>}
    </section>
  );
}
