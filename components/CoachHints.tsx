import type { Hint } from '../lib/coach';

/**
 * The coach's hints under the draft (ARCHITECTURE.md §4). Each quotes the words it is about;
 * activating it selects those words in the message box.
 */
export function CoachHints({ hints, body, onSelect }: { hints: Hint[]; body: string; onSelect: (start: number, end: number) => void }) {
  if (!hints.length) {
    return <p class="hint-ok" role="status">The coach has no notes on this draft.</p>;
  }
  return (
    <ul class="hints" aria-label="Coach hints">
      {hints.map((h, i) => (
        <li key={`${h.rule}-${i}`} class={`hint ${h.severity}`}>
          <strong>{h.severity === 'problem' ? 'Fix: ' : 'Tip: '}</strong>
          {h.message}
          {h.span && h.span.end > h.span.start && (
            <>
              {' '}
              <button type="button" class="linklike" onClick={() => onSelect(h.span!.start, h.span!.end)} aria-label={`Show the words: ${body.slice(h.span.start, h.span.end)}`}>
                <mark>{body.slice(h.span.start, h.span.end)}</mark>
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
