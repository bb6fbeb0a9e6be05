import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface DraftText {
  subject?: string;
  body: string;
}

/** Counts what LinkedIn counts: characters as a person sees them (code points). */
export function charCount(s: string): number {
  return [...s].length;
}

interface Props {
  draft: DraftText;
  hasSubject: boolean;
  limit: number;
  subjectLimit?: number;
  onChange: (d: DraftText) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** The editable draft with a live count against the channel's limit (ARCHITECTURE.md §3). */
export function DraftEditor({ draft, hasSubject, limit, subjectLimit, onChange, textareaRef }: Props) {
  const length = charCount(draft.body);
  const over = length > limit;
  // A page can hold two editors (the next step's draft and a mentorship's close): ids must differ,
  // or the second box's label names the first.
  const id = useId();
  return (
    <div class="draft-editor">
      {hasSubject && (
        <>
          <label for={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            value={draft.subject ?? ''}
            maxLength={subjectLimit}
            onInput={(e) => onChange({ ...draft, subject: e.currentTarget.value })}
          />
        </>
      )}
      <label for={`${id}-body`}>Message</label>
      <textarea
        id={`${id}-body`}
        ref={textareaRef}
        rows={9}
        value={draft.body}
        aria-describedby={`${id}-count`}
        onInput={(e) => onChange({ ...draft, body: e.currentTarget.value })}
      />
      <p id={`${id}-count`} class={over ? 'count over' : 'count muted'} aria-live="polite">
        {length} / {limit} characters{over ? `: ${length - limit} over the limit` : ''}
      </p>
    </div>
  );
}
