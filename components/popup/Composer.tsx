import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { noteBudget } from '../../lib/compose/budget';
import { channelLimit } from '../../lib/compose/limits';
import type { Profile } from '../../lib/linkedin/schema';
import type { Me, Settings } from '../../lib/settings/schema';
import { type WorkingDraft } from '../../lib/shared/working-drafts';
import { loadSettings, myTimeZone, saveSettings } from '../../lib/shared/settings-store';
import { keepDraft, markInvited, markSent, undoStep } from '../../lib/popup/commands';
import type { Person } from '../../lib/tracker/schema';
import { ChannelSwitch, CHANNEL_LABELS } from '../ChannelSwitch';
import { CoachHints } from '../CoachHints';
import { CLIPBOARD_REFUSED, copyDraft } from '../copy-draft';
import { DraftEditor } from '../DraftEditor';
import { HookChips } from '../HookChips';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { NoteBudget } from '../NoteBudget';
import { TimeZoneNote } from '../TimeZoneNote';
import { QuestionsBox } from './QuestionsBox';
import { WhyThem } from './WhyThem';
import { QuickMe } from './QuickMe';
import { useWorkingDraft } from './use-working-draft';

interface Props {
  profile: Profile;
  settings: Settings;
  person?: Person;
  now: number;
  /** The scratch copy kept for this profile, already loaded (use-working-draft.ts). */
  saved: WorkingDraft | null;
  /** Told of a recorded step: the popup moves on to the next step, and says what was recorded. */
  onStep?: (text: string) => void;
}

type Done = { text: string; personId?: string } | null;

/** Draft, coach and the Copy → paste in LinkedIn → Mark as sent flow. */
export function Composer({ profile, settings: given, person, now, saved, onStep }: Props) {
  // What the user tells us in the inline prompt applies at once, before the popup reloads settings.
  const [me, setMe] = useState<Me | null>(null);
  const settings = useMemo(() => (me ? { ...given, me } : given), [given, me]);
  const w = useWorkingDraft(profile, settings, now, person, saved);
  const saveMe = async (next: Me) => {
    // Read fresh settings so a change made elsewhere meanwhile is kept.
    const current = await loadSettings();
    const stored = await saveSettings({ ...current, me: { ...current.me, name: next.name, role: next.role, shortTermGoal: next.shortTermGoal } });
    setMe(stored.me);
  };
  const [done, setDone] = useState<Done>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const notes = useTrackerQuery({ name: 'sent-note-times' }, 'notes');
  const limits = channelLimit(w.channel, settings.tier);
  // The coach runs in the background (its phrase lists stay out of the popup's budget); the last
  // hints stay up while the next answer comes, a few milliseconds per keystroke.
  const coachQuery = useMemo(() => ({
    name: 'coach' as const,
    draft: { body: w.text.body, ...(w.text.subject !== undefined ? { subject: w.text.subject } : {}) },
    context: { channel: w.channel, tier: settings.tier, firstName: profile.firstName, fullName: profile.fullName, sender: settings.me },
  }), [w.text.body, w.text.subject, w.channel, settings.tier, profile.firstName, profile.fullName, settings.me]);
  const coached = useTrackerQuery(coachQuery, JSON.stringify(coachQuery), { keepPrevious: true });
  const hints = coached.value ?? [];
  const visible = w.text.body.length > 0;
  // `npm run bench` reads this mark: popup open → draft visible.
  useEffect(() => void (visible && performance.mark('coffee-chat:draft-visible')), [visible]);

  const budget = notes.value && noteBudget(notes.value, now, settings.monthlyNoteBudget, myTimeZone(settings));
  // A send is a step (undoable, and the scratch copy goes); saving a draft is neither.
  const act = async (label: string, fn: () => Promise<Person>, isStep = true) => {
    setError(null);
    try {
      const p = await fn();
      // Inside the next-step card, the card says it (and offers Undo): one status, not two.
      if (isStep && onStep) onStep(label);
      else setDone({ text: label, personId: isStep ? p.id : undefined });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const copy = async () => {
    try {
      await copyDraft(w.channel, w.text);
      w.markCopied(now);
    } catch {
      setError(CLIPBOARD_REFUSED);
    }
  };
  const first = profile.firstName ?? profile.fullName ?? 'them';
  const draft = { channel: w.channel, body: w.text.body, subject: w.text.subject };
  const copied = w.copiedAt !== undefined;
  const hasProblems = hints.some((h) => h.severity === 'problem');

  return (
    <section class="composer" aria-label="Draft">
      <ChannelSwitch value={w.channel} onChange={w.setChannel} />
      {w.channel === 'connection-note' && settings.tier === 'free' && notes.error && <p class="muted">Couldn't count this month's notes: {notes.error}</p>}
      {w.channel === 'connection-note' && profile.connectionDegree === '1st' && (
        <p class="hint suggestion" role="note">
          You're already connected with {first}: there is no invitation to send. <button type="button" class="linklike" onClick={() => w.setChannel('message')}>Send it as a message</button>
        </p>
      )}
      {w.channel === 'connection-note' && settings.tier === 'free' && budget && profile.connectionDegree !== '1st' && (
        <NoteBudget left={budget.left} budget={budget.budget} onInviteWithoutNote={() => act(`Invitation to ${first} marked as sent without a note.`, () => markInvited(profile, now))} />
      )}
      {w.composed.needs.length > 0 && <QuickMe me={settings.me} onSave={saveMe} />}
      <HookChips hooks={w.composed.hooks} selected={w.hookId} onPick={w.setHook} />
      {((w.composed.fit.level === 'poor' && w.composed.fit.note && !w.composed.needs.length && !w.composed.blanks.length) || w.why) && <WhyThem note={w.composed.fit.note} why={w.why} onWhy={w.setWhy} />}
      <QuestionsBox typed={w.typed} onType={w.setTyped} suggestions={w.composed.suggestions} />
      <TimeZoneNote location={profile.location} firstName={first} myZone={myTimeZone(settings)} now={now} />
      {w.composed.needs.length > 0 && (
        <p class="hint suggestion" role="note">
          This draft doesn't say who you are yet: fill in the three lines above.
        </p>
      )}
      {w.composeError && <p class="error" role="alert">Couldn't write the draft: {w.composeError}</p>}
      {/* Until the background's first draft comes, no empty box to type into and lose. */}
      {w.ready ? (
        <DraftEditor
          draft={w.text}
          hasSubject={w.channel === 'inmail' || w.channel === 'email'}
          limit={limits.body}
          subjectLimit={limits.subject}
          onChange={w.edit}
          textareaRef={box}
        />
      ) : <p aria-busy="true" role="status">Writing the draft…</p>}
      {w.previousEdit && (
        <button type="button" onClick={w.restoreEdit}>
          Restore my edited text
        </button>
      )}
      {coached.value && <CoachHints hints={hints} body={w.text.body} onSelect={(s, e) => { box.current?.focus(); box.current?.setSelectionRange(s, e); }} />}
      {coached.error && <p class="muted">The coach couldn't read this draft: {coached.error}</p>}
      {copied && !done && (
        <p class="card" role="status">
          Copied. Paste it into LinkedIn and send it there, then come back and press <strong>Mark as sent</strong>.
        </p>
      )}
      <div class="row actions">
        <button type="button" class={copied ? '' : 'primary'} onClick={copy}>
          Copy
        </button>
        <button type="button" class={copied ? 'primary' : ''} onClick={() => act(`Marked as sent to ${first} (${CHANNEL_LABELS[w.channel]}).`, () => markSent(profile, draft, now))} title={hasProblems ? 'The coach has problems to fix first' : undefined}>
          Mark as sent
        </button>
        <button type="button" onClick={() => act(`Draft saved for ${first}.`, () => keepDraft(profile, draft, now), false)}>
          Save draft
        </button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {done && (
        <p class="card done" role="status">
          {done.text}{' '}
          {done.personId && (
            <button type="button" onClick={() => void undoStep(done.personId!).then(() => setDone({ text: 'Undone.' }), (e: Error) => setError(e.message))}>
              Undo
            </button>
          )}
        </p>
      )}
    </section>
  );
}
