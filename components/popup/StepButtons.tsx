import { useState } from 'preact/hooks';
import { ACTION_LABELS, type StepAction } from '../../lib/next-step/types';
import { markAccepted, markHeld, markReplied } from '../../lib/popup/commands';
import type { Person } from '../../lib/tracker/schema';
import { scheduleLabel } from '../step-titles';

export const personLink = (p: Person, action?: string) =>
  `/dashboard.html#/person/${encodeURIComponent(p.id)}${action ? `?action=${action}` : ''}`;


/** The dashboard holds the forms that need room (a chat's time, a close reason, a cadence). */
const IN_DASHBOARD: Partial<Record<StepAction, string>> = {
  schedule: 'Schedule the chat', close: 'Close…', mentor: 'Start an ongoing mentorship', reopen: 'Reopen',
};

interface Props {
  person: Person;
  action: StepAction;
  now: number;
  primary: boolean;
  /** "Reschedule" rather than "Schedule the chat" when one is booked. */
  onDone: (text: string) => void;
}

/**
 * One step the user records without sending anything. "Did it happen?" leads to the held form with
 * its takeaways (they go into the thank-you); the rest are a button, or a link to the form.
 */
export function StepButton({ person, action, now, primary, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [takeaways, setTakeaways] = useState('');
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onDone(done);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const cls = primary ? 'button primary' : 'button';
  let control;
  if (action === 'hold' && primary) {
    control = (
      <form class="held-form" onSubmit={(e) => (e.preventDefault(), void run(() => markHeld(person.id, takeaways.trim(), now), 'Chat marked as held. Your thank-you is next.'))}>
        <label for="popup-takeaways">What did you take away from the chat?</label>
        <textarea id="popup-takeaways" rows={3} value={takeaways} onInput={(e) => setTakeaways(e.currentTarget.value)} placeholder="One or two specific things they said" />
        <div class="row actions sticky-actions">
          <button type="submit" class="primary" disabled={busy}>{ACTION_LABELS.hold}</button>
        </div>
      </form>
    );
  } else if (action === 'hold') {
    control = <a class={cls} href={personLink(person, 'hold')} target="_blank">{ACTION_LABELS.hold}</a>;
  } else if (action === 'reply') {
    control = <button type="button" class={primary ? 'primary' : ''} disabled={busy} onClick={() => run(() => markReplied(person.id, now), 'Marked as replied. Next: schedule the chat.')}>{ACTION_LABELS.reply}</button>;
  } else if (action === 'accept') {
    control = <button type="button" class={primary ? 'primary' : ''} disabled={busy} onClick={() => run(() => markAccepted(person.id, now), 'Invitation accepted. Send the ask as a message now.')}>{ACTION_LABELS.accept}</button>;
  } else {
    const label = action === 'schedule' ? scheduleLabel(person) : IN_DASHBOARD[action] ?? ACTION_LABELS[action];
    control = <a class={cls} href={personLink(person, action)} target="_blank">{label}</a>;
  }
  return (
    <>
      {control}
      {error && <p class="error" role="alert">{error}</p>}
    </>
  );
}
