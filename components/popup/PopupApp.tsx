import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/linkedin/schema';
import { getDb } from '../../lib/shell/db';
import { getPerson } from '../../lib/tracker/queries';
import { DueList } from '../DueList';
import { useLiveQuery } from '../hooks/use-live-query';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { ManualEntry } from '../ManualEntry';
import { ProfileCard } from '../ProfileCard';
import { ReadDetails } from '../ReadDetails';
import { Composer } from './Composer';
import { CopyDiagnostics } from './Diagnostics';
import { PageProblem, problemText } from './PageProblem';
import { PersonStatus } from './PersonStatus';
import { useTabReading } from './use-tab-reading';

export function PopupApp({ search }: { search: string }) {
  const settings = useSettings();
  const now = useNow();
  const state = useTabReading(search);
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    if (state.kind === 'read' && !problemText(state)) setProfile(state.reading.profile);
  }, [state]);
  // null = not tracked; undefined = still looking (the composer waits, so a saved draft comes back).
  const person = useLiveQuery(() => (profile ? getPerson(getDb(), profile.url).then((p) => p ?? null) : null), [profile?.url]).value;
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
      {settings && now !== null && <DueList settings={settings} now={now} compact />}
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
      {profile && settings && now !== null && person !== undefined && (
        <>
          <ProfileCard profile={profile} stage={person?.stage} />
          {person && person.stage !== 'drafted' && <PersonStatus person={person} now={now} />}
          <ReadDetails profile={profile} missing={reading?.missing ?? []} onChange={setProfile} />
          <Composer profile={profile} settings={settings} person={person ?? undefined} now={now} />
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
