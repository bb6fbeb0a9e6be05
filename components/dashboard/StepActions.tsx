import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { command } from '../../lib/dashboard/command';
import { draftForStep } from '../../lib/follow-ups';
import { STEPS, allowedSteps, type Step } from '../../lib/tracker';
import type { CloseReason, Person, PersonState, Stage } from '../../lib/tracker/schema';
import { DRAFT_TITLES, type DraftKind } from './FollowUpDraft';
import { ScheduleChat } from './ScheduleChat';
import { ChatHeldForm, CloseForm } from './StepForms';
import { StartMentorship } from './mentorship/Setup';

const DRAFT_STEPS: Partial<Record<Step, DraftKind>> = Object.fromEntries(STEPS.flatMap((s) => { const d = draftForStep(s); return d ? [[s, d]] : []; }));

interface Props {
  person: Person;
  state: PersonState;
  settings: Settings;
  now: number;
  openAction?: string;
  onDraft: (k: DraftKind) => void;
  onAct: (fn: () => Promise<unknown>, done: string) => Promise<boolean>;
}

/** The likeliest reason to close from each stage, preselected: the user can pick another. */
function closeReasonFor(stage: Stage): CloseReason {
  if (stage === 'held' || stage === 'mentoring') return 'goals-met';
  if (stage === 'replied' || stage === 'scheduled') return 'declined';
  return stage === 'drafted' ? 'not-a-fit' : 'no-reply';
}

/** Only the steps the person's stage allows (the tracker's state machine decides). */
export function StepActions({ person, state, settings, now, openAction, onDraft, onAct }: Props) {
  const steps = allowedSteps(state);
  const [scheduling, setScheduling] = useState(openAction === 'schedule' || person.stage === 'replied');
  const first = person.profile.firstName ?? person.name;
  const has = (s: Step) => steps.includes(s);
  return (
    <section class="step-actions" aria-label="Next steps">
      <h2>Next steps</h2>
      <div class="row">
        {has('invite') && <button type="button" onClick={() => onAct(() => command({ name: 'invite', personId: person.id, at: now }), 'Invitation recorded.')}>Invitation sent without a note</button>}
        {has('accept') && <button type="button" onClick={() => onAct(() => command({ name: 'accept', personId: person.id, at: now }), `${first} accepted. Send the ask as a message now.`)}>They accepted the invitation</button>}
        {has('reply') && <button type="button" class="primary" onClick={() => onAct(() => command({ name: 'mark-replied', personId: person.id, at: now }), `Marked as replied. Next: schedule the chat.`)}>Mark as replied</button>}
        {has('schedule') && !scheduling && <button type="button" onClick={() => setScheduling(true)}>{person.chat ? 'Schedule another chat' : 'Schedule the chat'}</button>}
        {has('reopen') && <button type="button" onClick={() => onAct(() => command({ name: 'reopen', personId: person.id, at: now }), 'Reopened.')}>Reopen</button>}
        {steps.map((s) => DRAFT_STEPS[s]).filter((k): k is DraftKind => !!k).map((k) => (
          <button key={k} type="button" onClick={() => onDraft(k)}>Write: {DRAFT_TITLES[k].toLowerCase()}</button>
        ))}
      </div>
      {has('schedule') && scheduling && <ScheduleChat person={person} settings={settings} now={now} onDone={(msg) => (setScheduling(false), void onAct(async () => undefined, msg))} />}
      {has('hold') && person.stage !== 'mentoring' && <ChatHeldForm onSubmit={(takeaways) => onAct(() => command({ name: 'hold', personId: person.id, at: now, takeaways }), 'Chat recorded. A thank-you is due within a day.')} />}
      {has('mentor') && person.stage !== 'mentoring' && <StartMentorship person={person} settings={settings} now={now} onDone={(msg) => void onAct(async () => undefined, msg)} />}
      {has('close') && <CloseForm initial={closeReasonFor(person.stage)} onSubmit={(reason) => onAct(() => command({ name: 'close', personId: person.id, reason, at: now }), 'Closed. It will not nudge you again.')} />}
    </section>
  );
}
