import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/linkedin/schema';
// Not the barrel: the rules and writers stay in the background (popup budget).
import { askStep } from '../../lib/next-step/ask-step';
import { DRAFT_TITLES, type DraftKind, type NextStep as Step } from '../../lib/next-step/types';
import type { Settings } from '../../lib/settings/schema';
import type { WorkingDraft } from '../../lib/shared/working-drafts';
import { myTimeZone } from '../../lib/shared/settings-store';
import type { Person } from '../../lib/tracker/schema';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { STAGE_LABELS } from '../StatusBadge';
import { Composer } from './Composer';
import { FollowUpPanel } from './FollowUpPanel';
import { StepButton } from './StepButtons';

interface Props {
  profile: Profile;
  person: Person | null;
  settings: Settings;
  now: number;
  saved: WorkingDraft | null;
}

/**
 * The popup that knows the person: their stage and the one next step lead, with its
 * draft ready (lib/next-step decides which). The first-ask composer shows only for someone not
 * yet asked, or when the user asks to write something else.
 */
export function NextStep({ profile, person, settings, now, saved }: Props) {
  const zone = myTimeZone(settings);
  const asking = !person || person.stage === 'drafted';
  // Someone not asked yet: the ask, at once (the first draft never waits on the background).
  const tracked = useTrackerQuery(asking ? null : { name: 'next-step', personId: person.id, now, settings, zone },
    `${person?.id} ${person?.updatedAt} ${now} ${JSON.stringify(settings)}`, { keepPrevious: true, beforePaint: true });
  const [other, setOther] = useState<DraftKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const who = person ? person.profile.firstName ?? person.name : profile.firstName ?? profile.fullName ?? 'them';
  const step: Step | null | undefined = asking
    ? { ...askStep(who, settings.defaultMinutes), stage: person?.stage ?? null, others: [], drafts: [], closeReason: 'not-a-fit' }
    : tracked.value;
  if (tracked.error) return <p class="error" role="alert">{tracked.error}</p>;
  if (!step) return <p aria-busy="true" role="status">Working out the next step…</p>;
  const draft = other ?? step.draft;
  const onDone = (text: string) => (setOther(null), setDone(text));
  const stage = person ? STAGE_LABELS[person.stage] : 'Not asked yet';
  // Re-keyed per step, so a recorded step brings the next one's draft, not the old text. The
  // composer is keyed by the kind alone: saving a draft tracks the person without a new step, and
  // must not wipe the text and its "Draft saved".
  const stepKey = `${step.kind}-${person?.lastStepAt ?? 0}`;
  return (
    <section class="card next-step" aria-labelledby="next-step-title">
      <p class="eyebrow muted">
        {stage} · Next step{step.due && step.nudge ? <strong class="due-flag"> · due now</strong> : ''}
      </p>
      <h2 id="next-step-title">{other ? DRAFT_TITLES[other] : step.title}</h2>
      {!other && <p class="muted step-detail">{step.detail}</p>}
      {done && <p class="done" role="status">{done}</p>}
      {(draft === 'ask' || draft === 'send-ask') && (
        <Composer key={`${profile.url}-${step.kind}`} profile={profile} settings={settings} person={person ?? undefined} now={now} saved={saved} onStep={onDone} />
      )}
      {person && draft && draft !== 'ask' && draft !== 'send-ask' && (
        <FollowUpPanel key={`${draft}-${stepKey}`} person={person} kind={draft} settings={settings} now={now} closeReason={step.closeReason} onDone={onDone} />
      )}
      {person && step.action && !other && (
        <div class={step.draft ? 'row step-more' : 'row actions'}>
          <StepButton person={person} action={step.action} now={now} primary={!step.draft} onDone={onDone} />
        </div>
      )}
      {person && (step.others.length > 0 || step.drafts.length > 0 || other) && (
        <div class="row step-others">
          {step.others.map((a) => <StepButton key={a} person={person} action={a} now={now} primary={false} onDone={onDone} />)}
          {(step.drafts.length > 0 || other) && (
            <details class="something-else">
              <summary>Write something else</summary>
              <div class="row">
                {other && step.draft && <button type="button" class="small" onClick={() => setOther(null)}>Back to: {step.title}</button>}
                {other && !step.draft && <button type="button" class="small" onClick={() => setOther(null)}>Back to the next step</button>}
                {step.drafts.filter((d) => d !== other).map((d) => (
                  <button key={d} type="button" class="small" onClick={() => (setOther(d), setDone(null))}>{DRAFT_TITLES[d]}</button>
                ))}
              </div>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
