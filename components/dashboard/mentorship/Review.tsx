import { useState } from 'preact/hooks';
import { addLocalDays, lastReviewAt, reviewSummary, type Mentorship } from '../../../lib/mentorship';
import { newIds, type Save } from './use-journal';
import { dayMonthYear as fmt } from '../../../lib/date-format';


/**
 * The periodic review: progress against each goal since the last
 * review, the wins to celebrate, what to adjust; the user records the outcome.
 */
export function Review({ m, now, today, due, save }: { m: Mentorship; now: number; today: string; due: boolean; save: Save }) {
  const [open, setOpen] = useState(due);
  const s = reviewSummary(m, now, today);
  const [wins, setWins] = useState(s.wins.join('\n'));
  const [adjust, setAdjust] = useState('');
  const [outcome, setOutcome] = useState('');
  return (
    <section class={`card ms-review${due ? ' due' : ''}`} aria-label="Review">
      <h3>{due ? 'Time for a review' : 'Reviews'}</h3>
      {!open && !due && <p class="muted">Every {m.reviewEveryDays} days you look back at the goals, celebrate the wins and adjust the plan. The next: around {fmt(addLocalDays(lastReviewAt(m), m.reviewEveryDays))}.</p>}
      {!open && <button type="button" onClick={() => setOpen(true)}>Review progress now</button>}
      {open && (
        <form class="step-form" aria-label="Periodic review" onSubmit={async (e) => (e.preventDefault(), (await save({ type: 'review', ids: newIds(1), today, review: { wins, adjust, outcome } }, `Review recorded. The next one is in ${m.reviewEveryDays} days.`)) && setOpen(false))}>
          <p class="muted">Since {fmt(s.since)}</p>
          <table class="review-progress">
            <thead><tr><th>Goal</th><th>Status</th><th>Steps done</th><th>Since then</th></tr></thead>
            <tbody>{s.goals.map((g) => <tr key={g.goalId}><td>{g.title}</td><td>{g.status}</td><td>{g.done} of {g.total}</td><td>+{g.doneSince}</td></tr>)}</tbody>
          </table>
          {s.adjust.length > 0 && (<><h4>Worth adjusting</h4><ul>{s.adjust.map((a, i) => <li key={i}>{a}</li>)}</ul></>)}
          <label for="rv-wins">Wins to celebrate</label>
          <textarea id="rv-wins" rows={3} value={wins} onInput={(e) => setWins(e.currentTarget.value)} />
          <label for="rv-adjust">What to adjust</label>
          <textarea id="rv-adjust" rows={2} value={adjust} onInput={(e) => setAdjust(e.currentTarget.value)} />
          <label for="rv-outcome">Outcome</label>
          <textarea id="rv-outcome" rows={2} value={outcome} onInput={(e) => setOutcome(e.currentTarget.value)} placeholder="e.g. Keep both goals; smaller steps for the second" />
          <div class="row"><button type="submit" class="primary">Record the review</button><button type="button" onClick={() => setOpen(false)}>Later</button></div>
        </form>
      )}
      {m.reviews.length > 0 && (
        <ul class="reviews">{[...m.reviews].reverse().map((r) => <li key={r.id}><strong>{fmt(r.at)}</strong>{r.outcome ? `: ${r.outcome}` : ''}</li>)}</ul>
      )}
    </section>
  );
}
