import { useMemo, useRef, useState } from 'preact/hooks';
import { coach } from '../../../lib/coach';
import { mentorshipClose } from '../../../lib/compose/followup/mentorship-close';
import { closeFacts } from '../../../lib/mentorship/close';
import { count } from '../../../lib/mentorship/progress';
import type { Mentorship } from '../../../lib/mentorship/schema';
import type { Settings } from '../../../lib/settings/schema';
import { command } from '../../../lib/dashboard/command';
import type { Channel, Person } from '../../../lib/tracker/schema';
import { ChannelSwitch } from '../../ChannelSwitch';
import { CoachHints } from '../../CoachHints';
import { CLIPBOARD_REFUSED, copyDraft } from '../../copy-draft';
import { DraftEditor, type DraftText } from '../../DraftEditor';
import { hasSubject } from '../../../lib/compose/limits';

/**
 * A natural end (ARCHITECTURE.md §5 last row): when every goal is met,
 * or the user ends it, the close draft names the goals met and what changed, and offers to stay in touch.
 * Sending it (from LinkedIn) and marking it sent ends the journal and closes the person as "goals met".
 */
export function CloseMentorship({ person, m, settings, now, onDone }: { person: Person; m: Mentorship; settings: Settings; now: number; onDone: (msg: string) => void }) {
  const facts = closeFacts(m);
  const [channel, setChannel] = useState<Channel>('message');
  const [edited, setEdited] = useState<DraftText | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const composed = useMemo(
    () => mentorshipClose({ profile: person.profile, me: settings.me, channel, tier: settings.tier, now, startedAt: m.startedAt, goalsMet: facts.goalsMet, changed: facts.changed }),
    [person.profile, settings, channel, now, m],
  );
  const text = edited ?? { subject: composed.subject, body: composed.body };
  const hints = coach(text, { channel, tier: settings.tier, firstName: person.profile.firstName, fullName: person.profile.fullName, kind: 'close' });
  const first = person.profile.firstName ?? person.name;
  const markSent = async () => {
    setProblem(null);
    try {
      await command({ name: 'end-mentorship', personId: person.id, at: now, text: { channel, body: text.body, ...(text.subject ? { subject: text.subject } : {}) } });
      onDone(`Recorded. Your mentorship with ${first} has come to its natural end; it won't nudge you again.`);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <section class="card follow-up ms-close" aria-label="A natural end">
      <h3>{facts.allMet ? 'Every goal is met: a natural end' : 'Ending the mentorship'}</h3>
      <p class="muted">
        {facts.goalsMet.length ? `Goals met: ${facts.goalsMet.join('; ')}. ` : ''}
        {count(facts.sessions, 'session')}, {count(facts.stepsDone, 'step')} done. Thank {first} with the progress, and stay in touch.
      </p>
      <ChannelSwitch value={channel} onChange={(c) => (setChannel(c), setEdited(null))} />
      <DraftEditor draft={text} hasSubject={hasSubject(channel)} limit={composed.limit} onChange={setEdited} textareaRef={box} />
      <CoachHints hints={hints} body={text.body} onSelect={(s, e) => (box.current?.focus(), box.current?.setSelectionRange(s, e))} />
      <div class="row">
        <button type="button" onClick={() => void copyDraft(channel, text).catch(() => setProblem(CLIPBOARD_REFUSED))}>Copy</button>
        <button type="button" class="primary" onClick={markSent}>Mark as sent and close</button>
      </div>
      {problem && <p class="error" role="alert">{problem}</p>}
    </section>
  );
}
