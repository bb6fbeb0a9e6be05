import { useEffect, useState } from 'preact/hooks';
import { likelyTimeZone } from '../../../lib/compose/timezone';
import { addLocalDays, closeFacts, dayOf, lastReviewAt, type Mentorship as Record } from '../../../lib/mentorship';
import type { Settings } from '../../../lib/settings/schema';
import { getDb } from '../../../lib/shared/tracker-db';
import { myTimeZone } from '../../../lib/shared/settings-store';
import { getMentorship } from '../../../lib/tracker/mentorship-store';
import type { Person } from '../../../lib/tracker/schema';
import { useLiveQuery } from '../../hooks/use-live-query';
import { downloadText } from '../download';
import { useModule } from '../use-module';
import { GivingBack } from './GivingBack';
import { Goals } from './Goals';
import { Journal } from './Journal';
import { NextSession } from './NextSession';
import { Purpose } from './Purpose';
import { Review } from './Review';
import { PastSessions } from './Sessions';
import { MentorshipSetup } from './Setup';
import { useJournal } from './use-journal';
import './mentorship.css';
import { dayMonthYear as fmt } from '../../../lib/date-format';

// Loaded when asked for (use-module.ts), not with the page: the close draft brings the composer and the coach,
// the goals' CSV the CSV library.
const closeDraft = () => import('./Close');
const goalsCsv = () => import('../../../lib/mentorship/csv');

function Page({ person, m, settings, now, nudge }: { person: Person; m: Record; settings: Settings; now: number; nudge?: string }) {
  const { save, problem, done, canUndo, undoLast } = useJournal(person.id, now, m);
  const [ending, setEnding] = useState(false);
  const [closed, setClosed] = useState<string | null>(null);
  const zone = myTimeZone(settings);
  const today = dayOf(now, zone);
  const first = person.profile.firstName ?? person.name;
  const theirs = person.chat?.theirTimeZone ?? likelyTimeZone(person.profile.location) ?? undefined;
  const zones = { mine: zone, theirs, first };
  const cadenceDays = person.mentorship?.cadenceDays ?? settings.nudges.cadenceDays;
  const reviewDue = nudge === 'review' || addLocalDays(lastReviewAt(m), m.reviewEveryDays, zone) <= now;
  const facts = closeFacts(m);
  const open = m.endedAt === undefined && person.stage !== 'closed';
  const closing = open && (facts.allMet || ending);
  const close = useModule(closeDraft, closing, { inOwnTask: true });
  const [csvProblem, setCsvProblem] = useState<string | null>(null);
  const downloadGoals = () => goalsCsv().then(
    (csv) => (setCsvProblem(null), downloadText(`coffee-chat-goals-${person.slug}.csv`, 'text/csv', csv.goalsCsv([{ name: person.name, mentorship: m }]))),
    (e: unknown) => setCsvProblem(`Couldn't make the CSV (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`),
  );
  useEffect(() => void performance.mark('coffee-chat:mentorship-visible'), []);
  return (
    <section class="mentorship" aria-label="Mentorship">
      <header class="ms-header">
        <h2>Mentorship with {first}</h2>
        <p class="muted">
          Since {fmt(m.startedAt)} · a session every {cadenceDays} days · a review every {m.reviewEveryDays} days
          {m.endedAt !== undefined ? ` · ended ${fmt(m.endedAt)}` : ''}
        </p>
        <div class="row">
          <button type="button" onClick={() => void downloadGoals()}>Goals and steps (CSV)</button>
          {open && !facts.allMet && !ending && <button type="button" onClick={() => setEnding(true)}>End the mentorship</button>}
          {open && (
            <label class="row">
              Review every
              <select value={m.reviewEveryDays} onChange={(e) => void save({ type: 'review-every', days: Number(e.currentTarget.value) }, `Reviews every ${e.currentTarget.value} days from now on.`)}>
                {[...new Set([30, 60, 90, 120, 180, m.reviewEveryDays])].sort((a, b) => a - b).map((d) => <option key={d} value={d}>{d} days</option>)}
              </select>
            </label>
          )}
        </div>
      </header>
      {done && (
        <p class="card row" role="status">
          {done}
          {canUndo && <button type="button" class="small" onClick={() => void undoLast()}>Undo</button>}
        </p>
      )}
      {problem && <p class="error" role="alert">{problem}</p>}
      {csvProblem && <p class="error" role="alert">{csvProblem}</p>}
      {closed && <p class="card" role="status">{closed}</p>}
      {closing && close.error && <p class="error" role="alert">Couldn't load the close draft ({close.error.message}). Reload the page to try again.</p>}
      {closing && !close.mod && !close.error && (
        // The draft's own heading while its code loads, so the section doesn't jump in.
        <section class="card follow-up ms-close" aria-label="A natural end" aria-busy="true">
          <h3>{facts.allMet ? 'Every goal is met: a natural end' : 'Ending the mentorship'}</h3>
          <p class="muted">Writing the close…</p>
        </section>
      )}
      {closing && close.mod && <close.mod.CloseMentorship person={person} m={m} settings={settings} now={now} onDone={setClosed} />}
      {open && reviewDue && <Review m={m} now={now} today={today} due save={save} />}
      <div class="ms-grid">
        <div class="ms-col">
          <Purpose m={m} now={now} save={save} cadenceDays={cadenceDays} />
          <Goals m={m} today={today} save={save} />
          <GivingBack m={m} today={today} save={save} />
        </div>
        <div class="ms-col">
          {open && <NextSession m={m} zones={zones} now={now} today={today} cadenceDays={cadenceDays} save={save} />}
          <Journal m={m} today={today} save={save} />
          <PastSessions m={m} zones={zones} />
          {!reviewDue && <Review m={m} now={now} today={today} due={false} save={save} />}
        </div>
      </div>
    </section>
  );
}

/**
 * One page per mentorship, in the person page's "Mentoring" stage (ARCHITECTURE.md §7): the setup until it is done
 * or skipped, then purpose, goals with progress, the next session and its agenda, past sessions, the journal,
 * giving back and reviews. Nothing for people who never started a mentorship.
 */
export function Mentorship({ person, settings, now, nudge, first }: { person: Person; settings: Settings; now: number; nudge?: string; first?: Record | null }) {
  const live = useLiveQuery(() => getMentorship(getDb(), person.id).then((x) => x ?? null), [person.id]);
  const error = live.error;
  // `first`: the record read with the person (PersonPage), shown until this live query answers.
  const m = live.value !== undefined ? live.value : first;
  const [message, setMessage] = useState<string | null>(null);
  if (!person.mentorship && !m) return null;
  if (error) return <p class="error" role="alert">Couldn't open the mentorship journal: {error.message}</p>;
  if (m === undefined) return <p aria-busy="true">Loading the mentorship…</p>;
  if (!m?.setupDone && person.stage !== 'closed') {
    return (<>
      {message && <p class="card" role="status">{message}</p>}
      <MentorshipSetup person={person} settings={settings} now={now} start={false} onDone={setMessage} />
    </>);
  }
  return m ? <Page person={person} m={m} settings={settings} now={now} nudge={nudge} /> : null;
}
