import { useState } from 'preact/hooks';
import { DEFAULT_MEETING, GOAL_KINDS, type GoalKind } from '../../../lib/mentorship';
import type { JournalOp } from '../../../lib/mentorship/ops';
import type { Settings } from '../../../lib/settings/schema';
import { command } from '../../../lib/dashboard/command';
import type { Person } from '../../../lib/tracker/schema';
import { newIds } from './use-journal';

type Part = 'purpose' | 'rhythm' | 'feedback' | 'goals';
const PARTS: [Part, string][] = [['purpose', 'What you hope for'], ['rhythm', "How and how often you'll meet"], ['feedback', 'Feedback that helps you'], ['goals', 'Two or three goals']];
interface GoalRow { kind: GoalKind; title: string; why: string }

/**
 * The short setup when a first chat turns into a mentorship (ARCHITECTURE.md §7, guide 000's first paragraph):
 * the purpose, the rhythm, the feedback that helps, then two or three goals. Every part can be skipped
 * and filled in later on the mentorship page. `start` also takes the step into "Mentoring".
 */
export function MentorshipSetup({ person, settings, now, start, onDone }: { person: Person; settings: Settings; now: number; start: boolean; onDone: (msg: string) => void }) {
  const first = person.profile.firstName ?? person.name;
  const [skipped, setSkipped] = useState<Set<Part>>(new Set());
  const [gain, setGain] = useState('');
  const [offer, setOffer] = useState('');
  const [meeting, setMeeting] = useState(DEFAULT_MEETING);
  const [days, setDays] = useState(person.mentorship?.cadenceDays ?? settings.nudges.cadenceDays);
  const [feedback, setFeedback] = useState('');
  const [goals, setGoals] = useState<GoalRow[]>([0, 1, 2].map(() => ({ kind: 'professional', title: '', why: '' })));
  const [problem, setProblem] = useState<string | null>(null);
  const on = (p: Part) => !skipped.has(p);
  const toggle = (p: Part) => setSkipped((s) => (s.has(p) ? new Set([...s].filter((x) => x !== p)) : new Set([...s, p])));
  const setGoal = (i: number, patch: Partial<GoalRow>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  const submit = async (skipAll: boolean) => {
    setProblem(null);
    const purpose = { gain: on('purpose') ? gain : '', offer: on('purpose') ? offer : '', meeting: on('rhythm') ? meeting : '', feedback: on('feedback') ? feedback : '' };
    const ops: JournalOp[] = skipAll
      ? [{ type: 'setup-done' }]
      : [{ type: 'purpose', purpose }, ...(on('goals') ? goals.filter((r) => r.title.trim()) : []).map((g): JournalOp => ({ type: 'add-goal', ids: newIds(1), goal: g }))];
    try {
      const cadenceDays = on('rhythm') && !skipAll ? days : person.mentorship?.cadenceDays ?? settings.nudges.cadenceDays;
      // One write either way: starting (or re-pacing) takes the setup with it.
      await (start || cadenceDays !== person.mentorship?.cadenceDays
        ? command({ name: 'mentor', personId: person.id, at: now, cadenceDays, ops })
        : command({ name: 'journal', personId: person.id, at: now, ops }));
      onDone(start ? `Mentorship with ${first} started.` : 'Saved.');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  return (
    <form class="card mentorship-setup" aria-label="Set up the mentorship" onSubmit={(e) => (e.preventDefault(), void submit(false))}>
      <h2>{start ? `Start a mentorship with ${first}` : `Set up your mentorship with ${first}`}</h2>
      <p class="muted">Agree these with {first} early on. Skip any part and fill it in later.</p>
      {PARTS.map(([part, legend]) => (
        <fieldset key={part} class="setup-part">
          <legend>{legend}</legend>
          <button type="button" class="linklike skip" aria-pressed={!on(part)} onClick={() => toggle(part)}>{on(part) ? `Skip: ${legend.toLowerCase()}` : `Fill in: ${legend.toLowerCase()}`}</button>
          {!on(part) && <p class="muted">Skipped for now.</p>}
          {on(part) && part === 'purpose' && (<>
            <label for="ms-gain">What you hope to gain</label>
            <textarea id="ms-gain" rows={2} value={gain} onInput={(e) => setGain(e.currentTarget.value)} placeholder="e.g. Grow into leading a team" />
            <label for="ms-offer">What you can offer back</label>
            <textarea id="ms-offer" rows={2} value={offer} onInput={(e) => setOffer(e.currentTarget.value)} placeholder="e.g. What I learn from our payments rewrite" />
          </>)}
          {on(part) && part === 'rhythm' && (<>
            <label for="ms-meeting">How you'll meet</label>
            <input id="ms-meeting" value={meeting} onInput={(e) => setMeeting(e.currentTarget.value)} />
            <label for="ms-days">A session every (days)</label>
            <input id="ms-days" type="number" min={7} max={180} value={days} onInput={(e) => setDays(Number(e.currentTarget.value) || days)} />
          </>)}
          {on(part) && part === 'feedback' && (<>
            <label for="ms-feedback">The kind of feedback you find most useful</label>
            <textarea id="ms-feedback" rows={2} value={feedback} onInput={(e) => setFeedback(e.currentTarget.value)} placeholder="e.g. Direct, with an example" />
          </>)}
          {on(part) && part === 'goals' && goals.map((g, i) => (
            <div key={i} class="goal-row">
              <label for={`ms-goal-${i}`}>Goal {i + 1}{i === 2 ? ' (optional)' : ''}</label>
              <div class="row">
                <select aria-label={`Goal ${i + 1}: kind`} value={g.kind} onChange={(e) => setGoal(i, { kind: e.currentTarget.value as GoalKind })}>
                  {GOAL_KINDS.map((k) => <option key={k} value={k}>{k === 'professional' ? 'Professional' : 'Personal'}</option>)}
                </select>
                <input id={`ms-goal-${i}`} value={g.title} onInput={(e) => setGoal(i, { title: e.currentTarget.value })} placeholder={['e.g. Lead a project end to end', 'e.g. Speak up in design reviews', ''][i]} />
              </div>
              <input aria-label={`Goal ${i + 1}: why it matters`} value={g.why} onInput={(e) => setGoal(i, { why: e.currentTarget.value })} placeholder="Why it matters to you" />
            </div>
          ))}
        </fieldset>
      ))}
      <div class="row">
        <button type="submit" class="primary">{start ? 'Start the mentorship' : 'Save'}</button>
        <button type="button" onClick={() => void submit(true)}>{start ? 'Start and set up later' : 'Skip the setup'}</button>
      </div>
      {problem && <p class="error" role="alert">{problem}</p>}
    </form>
  );
}
