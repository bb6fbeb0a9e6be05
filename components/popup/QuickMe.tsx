import { useState } from 'preact/hooks';
import { englishHint } from '../../lib/settings/language';
import type { Me } from '../../lib/settings/schema';

interface Props {
  me: Me;
  /** Saves to settings; resolves with what was saved. */
  onSave: (me: Me) => Promise<void>;
}

/**
 * The three things every draft needs when onboarding was skipped: first name, role and the
 * goal in one line. Asked inline, before the draft, so no draft goes out anonymous without the user
 * knowing. The full profile in settings stays optional.
 */
export function QuickMe({ me, onSave }: Props) {
  const [name, setName] = useState(me.name);
  const [role, setRole] = useState(me.role);
  const [goal, setGoal] = useState(me.shortTermGoal);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A goal typed in another language goes into the English draft as typed (language.ts): said before the first draft.
  const foreign = englishHint(goal);
  const ready = name.trim() && role.trim() && goal.trim();
  const save = async (e: Event) => {
    e.preventDefault();
    if (!ready) return setError('All three help: who you are, what you do, and what you are working towards.');
    setBusy(true);
    setError(null);
    try {
      await onSave({ ...me, name: name.trim(), role: role.trim(), shortTermGoal: goal.trim() });
    } catch (err) {
      setError(`Couldn't save: ${(err as Error).message}. Your text is still here.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="quick-me card" aria-label="About you" onSubmit={save}>
      <h2>First, who is writing?</h2>
      <p class="muted">A stranger replies when the note says who you are and why them. These three are saved in your settings.</p>
      <label for="me-name">Your first name</label>
      <input id="me-name" autoComplete="given-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="me-role">Your role</label>
      <input id="me-role" placeholder="data analyst, teacher, nurse…" value={role} onInput={(e) => setRole(e.currentTarget.value)} />
      <label for="me-goal">Your goal, in one line</label>
      <input id="me-goal" placeholder="present forecasts clearly to managers" value={goal} aria-describedby={foreign ? 'me-goal-hint' : undefined} onInput={(e) => setGoal(e.currentTarget.value)} />
      {foreign && (
        <p id="me-goal-hint" class="muted field-hint" role="status">
          {foreign}
        </p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row actions">
        <button type="submit" class="primary" disabled={busy}>
          Use in my drafts
        </button>
      </div>
    </form>
  );
}
