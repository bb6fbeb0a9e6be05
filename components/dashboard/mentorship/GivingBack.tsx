import { useState } from 'preact/hooks';
import { shortDay, type Mentorship } from '../../../lib/mentorship';
import { dayValue, newIds, type Save } from './use-journal';

/** What the user offered or shared in return: mentorship is a two-way street. */
export function GivingBack({ m, today, save }: { m: Mentorship; today: string; save: Save }) {
  const [text, setText] = useState('');
  const [day, setDay] = useState(today);
  return (
    <section class="card ms-giving" aria-label="Giving back">
      <h3>Giving back</h3>
      {m.purpose.offer && <p class="muted">You offered: {m.purpose.offer}</p>}
      <ul>{[...m.givingBack].reverse().map((g) => <li key={g.id}><span class="muted">{shortDay(g.day, today)}</span> {g.text}</li>)}</ul>
      <form class="row step-form" aria-label="Note something you gave back" onSubmit={async (e) => (e.preventDefault(), (await save({ type: 'give-back', ids: newIds(1), item: { day: dayValue(day) ?? today, text } }, 'Noted.')) && setText(''))}>
        <input aria-label="What you offered or shared" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="An article, a result, an introduction" />
        <input aria-label="When" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
