import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/linkedin/schema';
import type { Settings } from '../../lib/settings/schema';
import { canonicalProfileUrl } from '../../lib/tracker/canonical';
import { DueList } from '../DueList';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { ManualEntry } from '../ManualEntry';
import { ProfileCard } from '../ProfileCard';
import { ReadDetails } from '../ReadDetails';
import { Composer } from './Composer';
import { CopyDiagnostics } from './Diagnostics';
import { PageProblem, problemText } from './PageProblem';
import { PersonStatus } from './PersonStatus';
import { useTabReading, type FirstRead } from './use-tab-reading';
import { useScratchDraft } from './use-working-draft';

/** "Due now" in the popup: computed by the background from the packed nudge rows. */
function PopupDue({ settings, now }: { settings: Settings; now: number }) {
  const due = useTrackerQuery({ name: 'due', now, settings }, `${now} ${JSON.stringify(settings)}`, { keepPrevious: true });
  if (due.error) return <p class="muted">Couldn't check what's due: {due.error}</p>;
  return <DueList due={due.value} compact />;
}

export function PopupApp({ first }: { first: FirstRead }) {
  const settings = useSettings();
  const now = useNow();
  const state = useTabReading(first);
  // What was read, until the user corrects it or enters it by hand. Derived, not copied in an
  // effect: one render less before the person lookup starts (issue 4's 150 ms to a draft).
  const [edited, setProfile] = useState<Profile | null>(null);
  const profile = edited ?? (state.kind === 'read' && !problemText(state) ? state.reading.profile : null);
  // null = not tracked; undefined = still looking (the composer waits, so a saved draft comes back).
  // Looked up by the tab's address while the page is read, then by what was read; both are
  // the same key in the common case, so the answer is usually there when the reading is.
  const seek = canonicalProfileUrl(profile?.url ?? (state.kind === 'loading' ? state.tabUrl ?? '' : ''));
  const tracked = useTrackerQuery(seek ? { name: 'person', url: seek } : null, seek ?? '');
  const person = tracked.value;
  const scratch = useScratchDraft(profile?.url ?? null);
  const reading = state.kind === 'read' ? state.reading : null;

  return (
    <main class="popup">
      <header class="row popup-header">
        <strong class="brand">Coffee Chat</strong>
        <span class="spacer" />
        <a href="/dashboard.html" target="_blank">Dashboard</a>
        <a href="/welcome.html" target="_blank">Settings</a>
      </header>
      {settings && !settings.onboarded && (
        <p class="card">
          Drafts are better when they know your goals. <a href="/welcome.html" target="_blank">Tell Coffee Chat about you</a>.
        </p>
      )}
      {settings && now !== null && <PopupDue settings={settings} now={now} />}
      {state.kind === 'loading' && (
        <p aria-busy="true" role="status">
          Reading the profile…{state.waitingFor?.length ? ` Still loading: ${state.waitingFor.join(', ')}.` : ''}
        </p>
      )}
      {state.kind !== 'loading' && !profile && (
        <>
          <PageProblem state={state} />
          <ManualEntry url={state.kind === 'not-profile' ? state.url : reading?.profile.url ?? null} onDone={setProfile} />
        </>
      )}
      {reading?.viewer === 'self' && (
        <p class="card" role="status">
          This is your own profile. Coffee Chat writes to people you would like to learn from: open one of their profiles
          and click Coffee Chat there.
        </p>
      )}
      {profile && tracked.error && (
        <p class="error" role="alert">
          {tracked.error}
        </p>
      )}
      {profile && settings && now !== null && person !== undefined && scratch !== undefined && (
        <>
          <ProfileCard profile={profile} stage={person?.stage} />
          {person && person.stage !== 'drafted' && <PersonStatus person={person} now={now} />}
          <ReadDetails profile={profile} missing={reading?.missing ?? []} onChange={setProfile} />
          <Composer key={profile.url} profile={profile} settings={settings} person={person ?? undefined} now={now} saved={scratch} />
        </>
      )}
      {state.kind !== 'loading' && (
        <footer class="row muted">
          <CopyDiagnostics reading={reading} />
        </footer>
      )}
    </main>
  );
}
