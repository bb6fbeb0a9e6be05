import { useState } from 'preact/hooks';
import { CLOSE_REASONS, type CloseReason } from '../../lib/tracker/schema';

const REASONS: Record<CloseReason, string> = {
  'no-reply': 'No reply: moved on',
  declined: 'They declined',
  'not-a-fit': 'Not the right fit',
  'goals-met': 'Goals met',
};

/** Takeaways feed the thank-you draft (ARCHITECTURE.md §5), so the form asks for them right away. */
export function ChatHeldForm({ onSubmit }: { onSubmit: (takeaways: string) => Promise<boolean> }) {
  const [t, setT] = useState('');
  // Emptied once recorded (a mentoring chat keeps this form), kept if the write failed.
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await onSubmit(t.trim())) setT('');
  };
  return (
    <form class="card step-form" onSubmit={submit}>
      <label for="takeaways">What did you take away from the chat?</label>
      <textarea id="takeaways" rows={3} value={t} onInput={(e) => setT(e.currentTarget.value)} placeholder="One or two specific things they said" />
      <button type="submit" class="primary">Mark chat as held</button>
    </form>
  );
}

export function CloseForm({ initial, onSubmit }: { initial?: CloseReason; onSubmit: (r: CloseReason) => void }) {
  const [r, setR] = useState<CloseReason>(initial ?? 'no-reply');
  return (
    <form class="card step-form row" onSubmit={(e) => (e.preventDefault(), onSubmit(r))}>
      <label for="close-reason">Close because</label>
      <select id="close-reason" value={r} onChange={(e) => setR(e.currentTarget.value as CloseReason)}>
        {CLOSE_REASONS.map((x) => <option key={x} value={x}>{REASONS[x]}</option>)}
      </select>
      <button type="submit">Close</button>
    </form>
  );
}
