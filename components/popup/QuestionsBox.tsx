import { useState } from 'preact/hooks';

interface Props {
  /** What the user typed, one question a line. */
  typed: string;
  onType: (text: string) => void;
  /** The composer's questions for this person and this goal. */
  suggestions: readonly string[];
}

/**
 * The questions the ask is about (ARCHITECTURE.md §2). The user's own come first: typed questions made the
 * best drafts in review. The composer's are suggestions: "Use" copies one into the box to edit.
 */
export function QuestionsBox({ typed, onType, suggestions }: Props) {
  const [open, setOpen] = useState(typed.trim().length > 0);
  const lines = typed.split('\n').map((l) => l.trim()).filter(Boolean);
  const unused = suggestions.filter((s) => !lines.includes(s));
  return (
    <details class="questions card" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Your questions{lines.length ? ` (${lines.length})` : ''}</summary>
      <label for="my-questions">Your own questions, one a line (they come first)</label>
      <textarea id="my-questions" rows={3} value={typed} placeholder="What would you like to ask them?" onInput={(e) => onType(e.currentTarget.value)} />
      {unused.length > 0 && (
        <>
          <p class="muted">Suggestions for this person; use one and edit it:</p>
          <ul class="suggestions" aria-label="Suggested questions">
            {unused.map((s) => (
              <li key={s}>
                <span>{s}</span>{' '}
                <button type="button" onClick={() => onType(lines.length ? `${lines.join('\n')}\n${s}` : s)} aria-label={`Use: ${s}`}>
                  Use
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
