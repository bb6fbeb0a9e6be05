import { useEffect, useState } from 'preact/hooks';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/shared/settings-store';
import { AboutMe } from './AboutMe';
import { Preferences } from './Preferences';

/**
 * Onboarding and settings in one page (ASK.md §1): asked once on install,
 * changeable any time. Every draft draws its purpose and questions from this.
 */
export function WelcomeApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void loadSettings().then(setS), []);
  if (!s) return <p aria-busy="true">Loading…</p>;

  const save = async (e: Event) => {
    e.preventDefault();
    const me = { ...s.me, missingSkills: s.me.missingSkills.map((x) => x.trim()).filter(Boolean) };
    if (s.workingHours.end <= s.workingHours.start) return setError('Your working hours must end after they start.');
    const parsed = SettingsSchema.safeParse({ ...s, me, onboarded: true });
    if (!parsed.success) return setError(`Please check: ${parsed.error.issues.map((i) => i.path.join(' ')).join(', ')}`);
    try {
      setS(await saveSettings(parsed.data));
      setError(null);
      setStatus('Saved. Open Coffee Chat on a LinkedIn profile to write your first ask.');
    } catch (err) {
      setError(`Your browser refused to save the settings (${(err as Error).message}).`);
    }
  };
  return (
    <main class="welcome">
      <h1>{s.onboarded ? 'Settings' : 'Welcome to Coffee Chat'}</h1>
      <p class="muted">
        A few answers, once. Coffee Chat uses them to write asks with a clear purpose: vague requests go unanswered. Everything
        stays on this computer.
      </p>
      <form onSubmit={save}>
        <AboutMe me={s.me} onChange={(me) => setS({ ...s, me })} />
        <Preferences settings={s} onChange={setS} />
        {error && <p class="error" role="alert">{error}</p>}
        {status && <p class="card" role="status">{status}</p>}
        <button type="submit" class="primary">
          Save
        </button>
      </form>
    </main>
  );
}
