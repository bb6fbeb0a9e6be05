import { useState } from 'preact/hooks';
import { nextStep } from '../../lib/next-step/next-step';
import { ACTION_LABELS, DRAFT_TITLES, type DraftKind, type StepAction } from '../../lib/next-step/types';
import type { Settings } from '../../lib/settings/schema';
import { command } from '../../lib/dashboard/command';
import { myTimeZone } from '../../lib/shared/settings-store';
import type { Person } from '../../lib/tracker/schema';
import { STAGE_LABELS } from '../StatusBadge';
import { scheduleLabel } from '../step-titles';
import { ScheduleChat } from './ScheduleChat';
import { MentorshipSetup } from './mentorship/Setup';
import { ChatHeldForm, CloseForm } from './StepForms';
import { useModule } from './use-module';

// The draft, with the composer and the coach it brings, loads in its own task once the panel has shown (use-module.ts):
// cold, it is the page's slowest part, and the page around it needs none of it.
const followUpDraft = () => import('./FollowUpDraft');

interface Props {
  person: Person;
  settings: Settings;
  now: number;
  /** From the URL: a form to open (?action=schedule) or a reminder's draft (?nudge=check-in). */
  openAction?: string;
  nudge?: string;
  onAct: (fn: () => Promise<unknown>, done: string) => Promise<boolean>;
}

/** Actions that open a form; the rest are one click. */
const FORMS: readonly StepAction[] = ['schedule', 'hold', 'close', 'mentor'];

/**
 * The person page's "Next step": one primary action with its draft or form, the stage's
 * other actions secondary, and nothing the stage doesn't allow. lib/next-step decides, as in the popup.
 */
export function NextStepPanel({ person, settings, now, openAction, nudge, onAct }: Props) {
  const raw = nextStep(person, now, settings, myTimeZone(settings));
  // While mentoring, the mentorship page below holds the rest: no "Mark chat as held" or "Start mentorship" again.
  const mentoring = person.stage === 'mentoring';
  const offered = (a: StepAction | null | undefined) => !(mentoring && (a === 'hold' || a === 'mentor'));
  const step = mentoring ? { ...raw, action: offered(raw.action) ? raw.action : null, others: raw.others.filter(offered) } : raw;
  const all = [step.draft, ...step.drafts];
  const fromNudge = nudge && all.includes(nudge as DraftKind) ? (nudge as DraftKind) : null;
  const [other, setOther] = useState<DraftKind | null>(fromNudge && fromNudge !== step.draft ? fromNudge : null);
  const asked = openAction && [step.action, ...step.others].includes(openAction as StepAction) ? (openAction as StepAction) : null;
  const [form, setForm] = useState<StepAction | null>(asked && asked !== step.action ? asked : null);
  const first = person.profile.firstName ?? person.name;
  const key = `${step.kind}-${person.lastStepAt}`;

  const quick = (a: StepAction) => {
    const at = now;
    if (a === 'reply') return onAct(() => command({ name: 'mark-replied', personId: person.id, at }), 'Marked as replied. Next: schedule the chat.');
    if (a === 'accept') return onAct(() => command({ name: 'accept', personId: person.id, at }), `${first} accepted. Send the ask as a message now.`);
    return onAct(() => command({ name: 'reopen', personId: person.id, at }), 'Reopened.');
  };
  const formFor = (a: StepAction) => {
    const done = () => setForm(null);
    switch (a) {
      case 'schedule':
        return <ScheduleChat person={person} settings={settings} now={now} onDone={(msg) => (done(), void onAct(async () => undefined, msg))} />;
      case 'hold':
        return <ChatHeldForm onSubmit={(takeaways) => onAct(() => command({ name: 'hold', personId: person.id, at: now, takeaways }), 'Chat recorded. A thank-you is due within a day.').then((ok) => (ok && done(), ok))} />;
      case 'mentor':
        // The journal's setup (purpose, goals), from held or straight from replied.
        return <MentorshipSetup person={person} settings={settings} now={now} start onDone={(msg) => (done(), void onAct(async () => undefined, msg))} />;
      case 'close':
        return <CloseForm key={person.stage} initial={step.closeReason} onSubmit={(reason) => void onAct(() => command({ name: 'close', personId: person.id, reason, at: now }), 'Closed. It will not nudge you again.').then(done)} />;
      default:
        return null;
    }
  };
  const label = (a: StepAction) => (a === 'schedule' ? scheduleLabel(person) : a === 'close' ? 'Close…' : ACTION_LABELS[a]);
  const draft = other ?? step.draft;
  const drafting = useModule(followUpDraft, draft !== null, { inOwnTask: true });
  const Draft = drafting.mod?.FollowUpDraft;

  return (
    <section class="card next-step" aria-labelledby="person-next-step">
      <p class="eyebrow muted">{STAGE_LABELS[person.stage]} · Next step{step.due && step.nudge ? <strong class="due-flag"> · due now</strong> : ''}</p>
      <h2 id="person-next-step">{other ? DRAFT_TITLES[other] : step.title}</h2>
      {!other && <p class="muted">{step.detail}</p>}
      {draft && drafting.error && <p class="error" role="alert">Couldn't load the draft ({drafting.error.message}). Reload the page to try again.</p>}
      {draft && !Draft && !drafting.error && <p class="muted" aria-busy="true">Writing the draft…</p>}
      {draft && Draft && (
        <Draft key={`${draft}-${key}`} person={person} kind={draft} settings={settings} now={now} closeReason={step.closeReason}
          onDone={() => (setOther(null), void onAct(async () => undefined, `Recorded as sent to ${first}.`))} />
      )}
      {step.action && !other && (
        FORMS.includes(step.action)
          ? <div class="primary-form">{formFor(step.action)}</div>
          : <div class="row"><button type="button" class={step.draft ? '' : 'primary'} onClick={() => quick(step.action!)}>{ACTION_LABELS[step.action]}</button></div>
      )}
      {(step.others.length > 0 || step.drafts.length > 0 || other) && (
        <div class="secondary-actions">
          <h3 class="muted">Other steps</h3>
          <div class="row">
            {step.others.map((a) => (FORMS.includes(a)
              ? <button key={a} type="button" aria-expanded={form === a} onClick={() => setForm(form === a ? null : a)}>{label(a)}</button>
              : <button key={a} type="button" onClick={() => quick(a)}>{label(a)}</button>))}
            {other && <button type="button" onClick={() => setOther(null)}>Back to the next step</button>}
            {step.drafts.filter((d) => d !== other).map((d) => (
              <button key={d} type="button" onClick={() => setOther(d)}>Write: {DRAFT_TITLES[d].toLowerCase()}</button>
            ))}
          </div>
          {form && step.others.includes(form) && formFor(form)}
        </div>
      )}
    </section>
  );
}
