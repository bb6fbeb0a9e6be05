import { useState } from 'preact/hooks';
import { goalProgress, shortDay, stepsDone, GOAL_STATUSES, type Goal, type GoalKind, type GoalStatus, type Mentorship } from '../../../lib/mentorship';
import { dayValue, newIds, type Save } from './use-journal';
import { dayMonthYear as fmt } from '../../../lib/date-format';

const STATUS: Record<GoalStatus, string> = { active: 'Active', met: 'Met', changed: 'Changed', dropped: 'Dropped' };

function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <div class="progress" role="img" aria-label={`${label}: ${stepsDone(done, total)}`}>
      <span class="bar"><span style={{ width: `${pct}%` }} /></span>
      <span class="muted">{total ? stepsDone(done, total) : 'No steps yet'}</span>
    </div>
  );
}

function StatusForm({ goal, save }: { goal: Goal; save: Save }) {
  const [status, setStatus] = useState<GoalStatus>(goal.status === 'active' ? 'met' : 'active');
  const [why, setWhy] = useState('');
  const hint = status === 'met' ? 'What changed?' : status === 'dropped' ? 'Why let it go?' : status === 'changed' ? 'How it changed' : 'Why pick it up again?';
  return (
    <form class="row step-form" aria-label={`Change the status of ${goal.title}`} onSubmit={async (e) => (e.preventDefault(), (await save({ type: 'change-goal', goalId: goal.id, change: { status, why } }, `"${goal.title}" is now ${STATUS[status].toLowerCase()}.`)) && setWhy(''))}>
      <select aria-label="New status" value={status} onChange={(e) => setStatus(e.currentTarget.value as GoalStatus)}>
        {GOAL_STATUSES.filter((s) => s !== goal.status).map((s) => <option key={s} value={s}>{STATUS[s]}</option>)}
      </select>
      <input aria-label="A line on why" value={why} onInput={(e) => setWhy(e.currentTarget.value)} placeholder={hint} />
      <button type="submit">Update</button>
    </form>
  );
}

function StepForm({ goal, save }: { goal: Goal; save: Save }) {
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  return (
    <form class="row step-form" aria-label={`Add a step to ${goal.title}`} onSubmit={async (e) => (e.preventDefault(), (await save({ type: 'add-step', ids: newIds(1), step: { goalId: goal.id, text, due: dayValue(due) } }, 'Step added.')) && (setText(''), setDue('')))}>
      <input aria-label="Next step" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="A next step" />
      <input aria-label="Target date" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      <button type="submit">Add step</button>
    </form>
  );
}

function GoalCard({ m, goal, today, save }: { m: Mentorship; goal: Goal; today: string; save: Save }) {
  const { done, total } = goalProgress(m, goal.id);
  const steps = m.steps.filter((s) => s.goalId === goal.id);
  return (
    <li class={`goal status-${goal.status}`}>
      <div class="goal-head">
        <h4>{goal.title}</h4>
        <span class="badge">{goal.kind === 'professional' ? 'Professional' : 'Personal'}</span>
        <span class={`badge status status-${goal.status}`}>{STATUS[goal.status]}{goal.status !== 'active' ? ` ${fmt(goal.statusAt)}` : ''}</span>
      </div>
      {goal.why && <p class="muted">Why: {goal.why}</p>}
      {goal.statusWhy && <p>{goal.statusWhy}</p>}
      <Progress done={done} total={total} label={goal.title} />
      {steps.length > 0 && (
        <ul class="steps">
          {steps.map((s) => (
            <li key={s.id}>
              <label class="check">
                <input type="checkbox" checked={s.done} onChange={(e) => void save({ type: 'step-done', stepId: s.id, done: e.currentTarget.checked }, e.currentTarget.checked ? 'Step done.' : 'Step reopened.')} />
                <span>{s.text}</span>
              </label>
              {s.due && <span class={`due${!s.done && s.due < today ? ' late' : ''}`}>{!s.done && s.due < today ? 'was due' : 'by'} {shortDay(s.due, today)}</span>}
              {s.sessionId && <span class="badge">action item</span>}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Add a step, change the goal, history</summary>
        <StepForm goal={goal} save={save} />
        <StatusForm goal={goal} save={save} />
        <ol class="history">
          {goal.history.map((h, i) => (
            <li key={i}>{fmt(h.at)}: {h.field === 'created' ? `set as a goal` : `${h.field} ${h.from ?? ''} → ${h.to ?? ''}`}{h.why ? ` (${h.why})` : ''}</li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function NewGoal({ save, count }: { save: Save; count: number }) {
  const [kind, setKind] = useState<GoalKind>('professional');
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  return (
    <form class="row step-form" aria-label="Add a goal" onSubmit={async (e) => (e.preventDefault(), (await save({ type: 'add-goal', ids: newIds(1), goal: { kind, title, why } }, 'Goal added.')) && (setTitle(''), setWhy('')))}>
      <select aria-label="Kind of goal" value={kind} onChange={(e) => setKind(e.currentTarget.value as GoalKind)}>
        <option value="professional">Professional</option>
        <option value="personal">Personal</option>
      </select>
      <input aria-label="New goal" value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder={count >= 3 ? 'Another goal (two or three is plenty)' : 'A goal'} />
      <input aria-label="Why it matters" value={why} onInput={(e) => setWhy(e.currentTarget.value)} placeholder="Why it matters" />
      <button type="submit">Add goal</button>
    </form>
  );
}

/** Goals with their steps and progress (steps done out of total), revised as things change; the history stays. */
export function Goals({ m, today, save }: { m: Mentorship; today: string; save: Save }) {
  const loose = m.steps.filter((s) => !s.goalId);
  return (
    <section class="card ms-goals" aria-label="Goals">
      <h3>Goals</h3>
      {m.goals.length === 0 && <p class="muted">No goals yet. Two or three are enough: one professional, one personal.</p>}
      <ul class="goals">{m.goals.map((g) => <GoalCard key={g.id} m={m} goal={g} today={today} save={save} />)}</ul>
      {loose.length > 0 && (
        <ul class="steps" aria-label="Other action items">
          {loose.map((s) => (
            <li key={s.id}>
              <label class="check">
                <input type="checkbox" checked={s.done} onChange={(e) => void save({ type: 'step-done', stepId: s.id, done: e.currentTarget.checked }, 'Saved.')} />
                <span>{s.text}</span>
              </label>
              {s.due && <span class={`due${!s.done && s.due < today ? ' late' : ''}`}>by {shortDay(s.due, today)}</span>}
            </li>
          ))}
        </ul>
      )}
      <NewGoal save={save} count={m.goals.length} />
    </section>
  );
}
