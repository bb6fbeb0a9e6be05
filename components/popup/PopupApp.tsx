import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveQuery } from '../../lib/popup-link/protocol';
import type { Profile } from '../../lib/linkedin/schema';
import type { Settings } from '../../lib/settings/schema';
import { canonicalProfileUrl } from '../../lib/tracker/canonical';
import { DueList } from '../DueList';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { ManualEntry } from '../ManualEntry';
import { ProfileCard } from '../ProfileCard';
import { readable, ReadDetails } from '../ReadDetails';
import { CopyDiagnostics } from './Diagnostics';
import { DueElsewhere } from './DueElsewhere';
import { NextStep } from './NextStep';
import { PageProblem, problemText } from './PageProblem';
import { PersonStatus } from './PersonStatus';
import { useTabReading, type FirstRead } from './use-tab-reading';
import { trackerLink } from '../../lib/popup/tracker-link';
import { firstSettings } from './first-questions';
import { composeQuery, initialWorkingDraft, useScratchDraft } from './use-working-draft';

/**
 * "Due now" in the popup: the count and the oldest few, read by the background from the nudge index (lib/nudges/indexed.ts). On a profile it
 * is the short, closed "Due elsewhere" under the person's step; elsewhere, the list itself.
 */
function PopupDue({ settings, now, onProfile, exceptId }: { settings: Settings; now: number; onProfile: boolean; exceptId?: string }) {
  const due = useTrackerQuery({ name: 'due-head', now, settings }, `${now} ${JSON.stringify(settings)}`, { keepPrevious: true });
  if (due.error) return <p class="muted">Couldn't check what's due: {due.error}</p>;
  return onProfile ? <DueElsewhere due={due.value} exceptId={exceptId ?? ''} open={false} /> : <DueList due={due.value} compact />;
}

/** How long the popup holds its person view for the first draft before showing it without (a background just woken). */
const FIRST_DRAFT_WAIT_MS = 300;

/** True once `ms` have passed since `on` became true. */
function useElapsed(on: boolean, ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (!on) return;
    const t = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(t);
  }, [on, ms]);
  return elapsed;
}

export function PopupApp({ first }: { first: FirstRead }) {
  const settings = useSettings(firstSettings);
  const now = useNow();
  const state = useTabReading(first);
  // What was read, until the user corrects it or enters it by hand. Derived, not copied in an
  // effect: one render less before the person lookup starts.
  const [edited, setProfile] = useState<Profile | null>(null);
  const profile = edited ?? (state.kind === 'read' && !problemText(state) ? state.reading.profile : null);
  // null = not tracked; undefined = still looking (the composer waits, so a saved draft comes back).
  // Looked up by the tab's address while the page is read, then by what was read; both are
  // the same key in the common case, so the answer is usually there when the reading is.
  const seek = canonicalProfileUrl(profile?.url ?? (state.kind === 'loading' ? state.tabUrl ?? '' : ''));
  const tracked = useTrackerQuery(seek ? { name: 'person', url: seek } : null, seek ?? '', { beforePaint: true });
  const person = tracked.value;
  // The scratch copy is looked up by the tab's address too while the page is read (the same key once read, as a rule).
  const scratch = useScratchDraft(profile ? profile.url : state.kind === 'loading' ? seek : null);
  const reading = state.kind === 'read' ? state.reading : null;

  const self = reading?.viewer === 'self';
  const known = profile && settings && now !== null && person !== undefined && scratch !== undefined;
  const drafting = !!known && !self && (!person || person.stage === 'drafted');
  // The first draft is asked for in the render that has all it needs (the Composer's own watch of the same
  // query shares it), and the tree below waits for it, briefly: it then renders once, with its draft in it,
  // instead of once without and again with (one frame fewer before the draft shows).
  const firstQuery = useRef<LiveQuery | null>(null);
  if (drafting && !firstQuery.current) trackerLink().prefetch((firstQuery.current = composeQuery(profile, settings, now, initialWorkingDraft(profile, person ?? undefined, scratch), [])));
  const firstDraft = useTrackerQuery(firstQuery.current, firstQuery.current ? 'first' : '', { beforePaint: true });
  const waited = useElapsed(drafting, FIRST_DRAFT_WAIT_MS);
  const drafted = useRef(false);
  drafted.current ||= !!known && (!drafting || firstDraft.value !== undefined || firstDraft.error !== null || waited);
  const ready = known && drafted.current;

  return (
    <main class="popup">
      <header class="row popup-header">
        {profile ? <strong class="brand">Coffee Chat</strong> : <h1 class="brand">Coffee Chat</h1>}
        <span class="spacer" />
        <a href="/dashboard.html" target="_blank">Dashboard</a>
        <a href="/welcome.html" target="_blank">Settings</a>
      </header>
      {settings && !settings.onboarded && !ready && (
        <p class="card">
          Drafts are better when they know your goals. <a href="/welcome.html" target="_blank">Tell Coffee Chat about you</a>.
        </p>
      )}
      {settings && now !== null && !profile && state.kind !== 'loading' && <PopupDue settings={settings} now={now} onProfile={false} />}
      {known && !ready && !self && <p aria-busy="true" role="status">Writing the draft…</p>}
      {state.kind === 'loading' && (
        <p aria-busy="true" role="status">
          Reading the profile…{state.waitingFor?.length ? ` Still loading: ${state.waitingFor.map(readable).join(', ')}.` : ''}
        </p>
      )}
      {state.kind !== 'loading' && !profile && (
        <>
          <PageProblem state={state} />
          <ManualEntry url={state.kind === 'not-profile' ? state.url : reading?.profile.url ?? null} onDone={setProfile} />
        </>
      )}
      {self && profile && <ProfileCard profile={profile} />}
      {self && profile && (
        <div class="card self-note">
          <h2>This is your profile</h2>
          <p>
            Coffee Chat writes to people you would like to learn from: open one of their profiles and click Coffee Chat there.
            What it knows about you is in <a href="/welcome.html" target="_blank">your settings</a>.
          </p>
        </div>
      )}
      {profile && tracked.error && (
        <p class="error" role="alert">
          {tracked.error}
        </p>
      )}
      {ready && !self && (
        <>
          <ProfileCard profile={profile} stage={person?.stage} />
          <NextStep profile={profile} person={person ?? null} settings={settings!} now={now!} saved={scratch ?? null} />
          {person && person.stage !== 'drafted' && <PersonStatus person={person} />}
          <PopupDue settings={settings!} now={now!} onProfile exceptId={person?.id} />
          {settings && !settings.onboarded && (
            <p class="muted">
              Drafts are better when they know your goals. <a href="/welcome.html" target="_blank">Tell Coffee Chat about you</a>.
            </p>
          )}
          <ReadDetails profile={profile} missing={reading?.missing ?? []} onChange={setProfile} />
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
