import { useMemo, useRef, useState } from 'preact/hooks';
import { coach } from '../../lib/coach';
import { composeAsk } from '../../lib/compose/compose-ask';
import { hasSubject } from '../../lib/compose/limits';
import { DRAFT_TITLES, SENT_KIND, draftFor, type DraftKind } from '../../lib/next-step';
import type { Settings } from '../../lib/settings/schema';
import { command } from '../../lib/dashboard/command';
import { myTimeZone } from '../../lib/shared/settings-store';
import { getDb } from '../../lib/shared/tracker-db';
import { getMentorship } from '../../lib/tracker/mentorship-store';
import type { Channel, CloseReason, Person } from '../../lib/tracker/schema';
import { ChannelSwitch } from '../ChannelSwitch';
import { CoachHints } from '../CoachHints';
import { CLIPBOARD_REFUSED, copyDraft } from '../copy-draft';
import { DraftEditor, type DraftText } from '../DraftEditor';
import { useLiveQuery } from '../hooks/use-live-query';
import { FollowUpField } from '../FollowUpField';

export type { DraftKind };

interface Props {
  person: Person;
  kind: DraftKind;
  settings: Settings;
  now: number;
  closeReason?: CloseReason;
  /** The next step's own draft: its Mark as sent is the page's one primary button. */
  primary?: boolean;
  onDone: () => void;
}

/** Where a draft starts: the saved ask's channel, else the channel the ask went by, else a message. */
function startChannel(p: Person, kind: DraftKind): Channel {
  if ((kind === 'ask' || kind === 'send-ask') && p.draft) return p.draft.channel;
  if (kind === 'ask') return p.profile.connectionDegree === '1st' ? 'message' : 'connection-note';
  return p.askChannel && p.askChannel !== 'connection-note' ? p.askChannel : 'message';
}

/**
 * A draft ready to copy (ARCHITECTURE.md §5 "the draft says"), coached, then recorded as the step it is for.
 * Switching channel keeps the user's edits; Copy takes the subject along where the channel has one.
 */
export function FollowUpDraft({ person, kind, settings, now, closeReason, primary = true, onDone }: Props) {
  const saved = kind === 'ask' || kind === 'send-ask' ? person.draft : undefined;
  const [channel, setChannel] = useState<Channel>(() => startChannel(person, kind));
  const [edited, setEdited] = useState<DraftText | null>(saved ? { subject: saved.subject, body: saved.body } : null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState('');
  // The cadence update carries the mentorship journal's next agenda, kept live as the journal changes.
  const journal = useLiveQuery(() => (kind === 'cadence' ? getMentorship(getDb(), person.id).then((m) => m ?? null) : Promise.resolve(null)), [person.id, kind]);
  const mentorship = journal.value ?? null;
  const composed = useMemo(() => {
    const base = { profile: person.profile, me: settings.me, channel, tier: settings.tier, now, myTimeZone: myTimeZone(settings) };
    if (kind === 'ask') return composeAsk({ ...base, minutes: settings.defaultMinutes });
    return draftFor(kind, person, { settings, channel, now, myTimeZone: myTimeZone(settings), closeReason, mentorship, result });
  }, [person, kind, channel, settings, now, closeReason, mentorship, result]);
  const text = edited ?? { subject: composed.subject, body: composed.body };
  const subject = hasSubject(channel);
  const hints = coach(text, { channel, tier: settings.tier, firstName: person.profile.firstName, fullName: person.profile.fullName, kind: SENT_KIND[kind], sender: settings.me });
  const copy = async () => {
    try {
      await copyDraft(channel, text);
      setCopied(true);
    } catch {
      setError(CLIPBOARD_REFUSED);
    }
  };
  const markSent = async () => {
    try {
      const body = { channel, body: text.body, ...(subject && text.subject !== undefined ? { subject: text.subject } : {}) };
      await command({ name: 'send', personId: person.id, kind: SENT_KIND[kind], text: body, at: now });
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="follow-up" aria-label={DRAFT_TITLES[kind]}>
      {!primary && <h3>{DRAFT_TITLES[kind]}</h3>}
      <FollowUpField kind={kind} person={person} value={result} onChange={setResult} />
      <ChannelSwitch value={channel} onChange={setChannel} />
      <DraftEditor draft={text} hasSubject={subject} limit={composed.limit} onChange={setEdited} textareaRef={box} />
      {edited && <button type="button" class="linklike" onClick={() => setEdited(null)}>Start again from the suggested draft</button>}
      <CoachHints hints={hints} body={text.body} onSelect={(s, e) => (box.current?.focus(), box.current?.setSelectionRange(s, e))} />
      {copied && <p class="muted" role="status">Copied. Paste it into LinkedIn and send it there, then press Mark as sent.</p>}
      <div class="row actions">
        <button type="button" class={primary && !copied ? 'primary' : ''} onClick={copy}>Copy</button>
        <button type="button" class={primary && copied ? 'primary' : ''} onClick={markSent}>Mark as sent</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
