import { useId } from 'preact/hooks';
import { RESULT_MAX } from '../lib/compose/limits';
import type { DraftKind } from '../lib/next-step/types';
import type { Person } from '../lib/tracker/schema';

/**
 * A follow-up's own field, for what only the user knows and the draft needs (ARCHITECTURE.md §5):
 * - the report-back: what they did with the advice and what came of it. Without it the draft can only
 *   promise news; with it, it says "Following your advice to …, I …" in the user's words;
 * - the thank-you, when the chat was marked held with no takeaways: one thing they took away. Without one,
 *   the thank-you fits anyone (fu2 blind review: "the product should ask for one takeaway").
 */
const FIELDS: Partial<Record<DraftKind, { label: string; placeholder: string }>> = {
  'report-back': { label: 'What did you do with their advice, and what came of it?', placeholder: 'I rebuilt the weekly deck around one number per slide; the managers now ask about the numbers' },
  'thank-you': { label: 'One thing you took away from the chat (the thank-you names it)', placeholder: 'Show one number per slide' },
};

/** The field this follow-up asks for, if any. */
export function fieldFor(kind: DraftKind, person: Person) {
  return kind === 'thank-you' && person.takeaways?.trim() ? undefined : FIELDS[kind];
}

export function FollowUpField({ kind, person, value, onChange }: { kind: DraftKind; person: Person; value: string; onChange: (v: string) => void }) {
  const id = useId();
  const field = fieldFor(kind, person);
  if (!field) return null;
  return (
    <div class="report-result">
      <label for={id}>{field.label}</label>
      <textarea id={id} rows={2} maxLength={RESULT_MAX} value={value} placeholder={field.placeholder}
        onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)} />
    </div>
  );
}
