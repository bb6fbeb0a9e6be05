import type { Hook } from '../lib/compose';

/** The openings the composer found, most specific first; the user picks one (ASK.md §2.2). */
export function HookChips({ hooks, selected, onPick }: { hooks: Hook[]; selected: string | null; onPick: (id: string) => void }) {
  if (!hooks.length) return null;
  return (
    <div class="hook-chips" role="group" aria-label="Opening">
      <span class="muted">Open with:</span>
      <div class="row">
        {hooks.map((h) => (
          <button key={h.id} type="button" class="chip" aria-pressed={h.id === selected} title={h.detail} onClick={() => onPick(h.id)}>
            {h.label}
          </button>
        ))}
      </div>
    </div>
  );
}
