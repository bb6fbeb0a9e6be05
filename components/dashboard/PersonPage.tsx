import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { command } from '../../lib/dashboard/command';
import { getPerson } from '../../lib/tracker/queries';
import { getMentorship } from '../../lib/tracker/mentorship-store';
import type { NudgeKind } from '../../lib/tracker/schema';
import { useLiveQuery } from '../hooks/use-live-query';
import { ProfileCard } from '../ProfileCard';
import { ChatInfo } from './ChatInfo';
import { Mentorship } from './mentorship/Mentorship';
import { NextStepPanel } from './NextStepPanel';
import { NotesAndTags } from './NotesAndTags';
import { ReminderControls } from './ReminderControls';
import { Timeline } from './Timeline';
import { UndoLastStep } from './UndoLastStep';
import { offerUndoDelete } from './UndoToast';

/** One person, built around "Next step": card, the one next step with its draft, the stage's other steps; history, notes and tags below. */
export function PersonPage({ id, nudge, action, settings, now }: { id: string; nudge?: string; action?: string; settings: Settings; now: number }) {
  // The mentorship journal is read alongside the person, not after them: one wait fewer before its page shows.
  // Early: the read starts as the page first renders, not after its "Loading…" has painted.
  const { value: got, error } = useLiveQuery(
    () => Promise.all([getPerson(getDb(), id), getMentorship(getDb(), id)]).then(([p, m]) => (p ? { p, m: m ?? null } : null)),
    [id],
    { early: true },
  );
  const person = got === undefined ? undefined : got === null ? null : got.p;
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (error) return <p class="error" role="alert">{error.message}</p>;
  if (person === undefined) return <p aria-busy="true">Loading…</p>;
  if (person === null) return <p class="empty">This person is not in your tracker (any more). <a href="#/">Back to everyone</a></p>;

  const act = async (fn: () => Promise<unknown>, done: string): Promise<boolean> => {
    setProblem(null);
    try {
      await fn();
      setMessage(done);
      return true;
    } catch (e) {
      setProblem((e as Error).message);
      return false;
    }
  };
  const nudgeKind = nudge as NudgeKind | undefined;
  return (
    <article class="person-page">
      <p><a href="#/">← Everyone</a></p>
      <ProfileCard profile={person.profile} stage={person.stage} />
      <p class="muted"><a href={person.id} target="_blank" rel="noreferrer">Open their LinkedIn profile</a></p>
      {nudgeKind && <ReminderControls person={person} kind={nudgeKind} settings={settings} now={now} onAct={act} />}
      {message && <p class="card" role="status">{message}</p>}
      {problem && <p class="error" role="alert">{problem}</p>}
      <NextStepPanel person={person} settings={settings} now={now} openAction={action} nudge={nudge} onAct={act} />
      <ChatInfo person={person} now={now} me={settings.me} />
      <div class="row">
        <UndoLastStep person={person} onAct={act} />
        {/* No confirm(): the delete can be undone from the toast for a while. */}
        <button type="button" class="danger" onClick={() => void act(async () => {
          const gone = await command<{ id: string; name: string }>({ name: 'delete-person', personId: person.id, at: now });
          offerUndoDelete(gone);
          location.hash = '#/';
        }, 'Deleted.')}>
          Delete person
        </button>
      </div>
      {person.stage === 'mentoring' && <Mentorship person={person} settings={settings} now={now} nudge={nudge} first={got?.m} />}
      <NotesAndTags person={person} now={now} />
      <Timeline personId={person.id} />
    </article>
  );
}
