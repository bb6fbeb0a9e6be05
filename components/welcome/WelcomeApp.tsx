import { useEffect, useState } from 'preact/hooks';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/shared/settings-store';
import { AboutMe } from './AboutMe';
import { Preferences } from './Preferences';

/**
 * Onboarding and settings in one page (ARCHITECTURE.md §1): asked once on install,
 * changeable any time. Every draft draws its purpose and questions from this.
 */
export function WelcomeApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void loadSettings().then((x) => (setS(x), setSaved(x))), []);
  // Typed since the last save: a change, or a number still out of range (not in `s` yet).
  const [touched, setTouched] = useState(false);
  const dirty = touched || (s !== null && saved !== null && JSON.stringify(s) !== JSON.stringify(saved));
  // Leaving with unsaved answers asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  if (!s) return <p aria-busy="true">Loading…</p>;

  const leave = (e: Event) => {
    if (dirty && !confirm('Discard your unsaved changes?')) e.preventDefault();
  };
  const save = async (e: Event) => {
    e.preventDefault();
    // Fields still out of range, in words: the last valid value would be saved otherwise, silently.
    const problems = [...(e.currentTarget as HTMLFormElement).querySelectorAll<HTMLElement>('[data-problem]')].map((el) => el.dataset.problem!);
    if (problems.length) {
      setStatus(null);
      return setError(`Please fix before saving: ${problems.join('; ')}.`);
    }
    const me = { ...s.me, missingSkills: s.me.missingSkills.map((x) => x.trim()).filter(Boolean) };
    if (s.workingHours.end <= s.workingHours.start) return setError('Your working hours must end after they start.');
    const parsed = SettingsSchema.safeParse({ ...s, me, onboarded: true });
    if (!parsed.success) return setError(`Please check: ${parsed.error.issues.map((i) => i.path.join(' ')).join(', ')}`);
    try {
      const done = await saveSettings(parsed.data);
      setS(done);
      setSaved(done);
      setTouched(false);
      setError(null);
      setStatus('Saved. Open Coffee Chat on a LinkedIn profile to write your first ask.');
    } catch (err) {
      setError(`Your browser refused to save the settings (${(err as Error).message}).`);
    }
  };
  return (
    <main class="welcome">
      <nav class="row welcome-nav" aria-label="Leave">
        <a href="/dashboard.html" onClick={leave}>← Back to Coffee Chat</a>
        {!s.onboarded && <a href="/dashboard.html" onClick={leave}>Skip for now: you can come back from Settings</a>}
      </nav>
      <h1>{s.onboarded ? 'Settings' : 'Welcome to Coffee Chat'}</h1>
      <p class="muted">
        A few answers, once. Coffee Chat uses them to write asks with a clear purpose: vague requests go unanswered. Everything
        stays on this computer.
      </p>
      <form onSubmit={save} onInput={() => setTouched(true)} noValidate>
        <AboutMe me={s.me} onChange={(me) => setS({ ...s, me })} />
        <Preferences settings={s} onChange={setS} />
        {error && <p class="error" role="alert">{error}</p>}
        {status && <p class="card" role="status">{status}</p>}
        <div class="row">
          <button type="submit" class="primary">
            Save
          </button>
          {dirty && <span class="muted">Unsaved changes</span>}
        </div>
      </form>
    </main>
  );
}
