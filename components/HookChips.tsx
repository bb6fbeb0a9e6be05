import { useState } from 'preact/hooks';
import type { Hook } from '../lib/compose';

const SHOWN = 5;

/**
 * What the draft opens with (ARCHITECTURE.md §2): every opener the composer found, best match first, as
 * readable choices. The order is the ranking and never changes when one is picked, so a choice
 * stays where the user saw it. Radio buttons: arrow keys move between them.
 */
export function HookChips({ hooks, selected, onPick }: { hooks: Hook[]; selected: string | null; onPick: (id: string) => void }) {
  const [all, setAll] = useState(false);
  if (!hooks.length) return null;
  const picked = hooks.findIndex((h) => h.id === selected);
  // The picked one stays visible even when it sits below the fold.
  const shown = all || picked >= SHOWN ? hooks : hooks.slice(0, SHOWN);
  return (
    <fieldset class="openers">
      <legend>Open with</legend>
      <ol class="opener-list">
        {shown.map((h, i) => (
          <li key={h.id}>
            <label class={h.id === selected ? 'opener picked' : 'opener'}>
              <input type="radio" name="opener" value={h.id} checked={h.id === selected} onChange={() => onPick(h.id)} />
              <span>
                {h.label}
                {i === 0 && <span class="badge best">best match</span>}
              </span>
            </label>
          </li>
        ))}
      </ol>
      {hooks.length > SHOWN && !all && picked < SHOWN && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          Show all {hooks.length}
        </button>
      )}
    </fieldset>
  );
}
