import { useMemo, useRef, useState } from 'preact/hooks';
import { channelLimit, hasSubject } from '../../lib/compose/limits';
import type { FollowUpKind } from '../../lib/compose/types';
import { SENT_KIND } from '../../lib/next-step/types';
import type { Settings } from '../../lib/settings/schema';
import { myTimeZone } from '../../lib/shared/settings-store';
import { markFollowUpSent } from '../../lib/popup/commands';
import type { Channel, CloseReason, Person } from '../../lib/tracker/schema';
import { ChannelSwitch, CHANNEL_LABELS } from '../ChannelSwitch';
import { CoachHints } from '../CoachHints';
import { CLIPBOARD_REFUSED, copyDraft } from '../copy-draft';
import { DraftEditor, type DraftText } from '../DraftEditor';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { FollowUpField } from '../FollowUpField';

interface Props {
  person: Person;
  kind: FollowUpKind;
  settings: Settings;
  now: number;
  closeReason?: CloseReason;
  onDone: (text: string) => void;
}

/** A follow-up's ready draft: the channel the ask went by, else a message (they are connected or replied). */
function startChannel(p: Person): Channel {
  const c = p.askChannel;
  return c && c !== 'connection-note' ? c : 'message';
}

/**
 * The next step's draft in the popup: ready, editable, coached; Copy takes the subject
 * along where there is one, and Mark as sent records this step, not the first ask.
 */
export function FollowUpPanel({ person, kind, settings, now, closeReason, onDone }: Props) {
  const [channel, setChannel] = useState<Channel>(() => startChannel(person));
  // Edits survive a channel switch: only the untouched draft is rewritten for the new channel.
  const [edited, setEdited] = useState<DraftText | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState('');
  // Written in the background, where the follow-up writers live (the popup's 80 KB budget).
  const zone = myTimeZone(settings);
  const got = useTrackerQuery(
    { name: 'follow-up-draft', personId: person.id, kind, channel, now, settings, zone, ...(closeReason ? { closeReason } : {}), ...(result.trim() ? { result } : {}) },
    `${person.id} ${person.updatedAt} ${kind} ${channel} ${closeReason} ${now} ${result} ${JSON.stringify(settings)}`, { keepPrevious: true, beforePaint: true },
  );
  const composed = got.value ?? { body: '', limit: channelLimit(channel, settings.tier).body, length: 0 };
  const text = edited ?? { subject: composed.subject, body: composed.body };
  const subject = hasSubject(channel);
  const limits = channelLimit(channel, settings.tier);
  // The coach runs in the background too, as for the ask (Composer.tsx).
  const coachQuery = useMemo(() => ({
    name: 'coach' as const,
    draft: { body: text.body, ...(text.subject !== undefined ? { subject: text.subject } : {}) },
    context: { channel, tier: settings.tier, firstName: person.profile.firstName, fullName: person.profile.fullName, kind: SENT_KIND[kind] },
  }), [text.body, text.subject, channel, settings.tier, kind, person.profile.firstName, person.profile.fullName]);
  const hints = useTrackerQuery(coachQuery, JSON.stringify(coachQuery), { keepPrevious: true }).value ?? [];
  const copy = async () => {
    setError(null);
    try {
      await copyDraft(channel, text);
      setCopied(true);
    } catch {
      setError(CLIPBOARD_REFUSED);
    }
  };
  const send = async () => {
    setError(null);
    try {
      await markFollowUpSent(person.id, SENT_KIND[kind], { channel, body: text.body, ...(subject && text.subject ? { subject: text.subject } : {}) }, now);
      onDone(`Marked as sent (${CHANNEL_LABELS[channel]}).`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (got.error) return <p class="error" role="alert">{got.error}</p>;
  if (!got.value && !edited) return <p aria-busy="true" role="status">Writing the draft…</p>;
  return (
    <div class="follow-up-panel">
      <FollowUpField kind={kind} person={person} value={result} onChange={setResult} />
      <ChannelSwitch value={channel} onChange={setChannel} />
      <DraftEditor draft={text} hasSubject={subject} limit={limits.body} subjectLimit={limits.subject} onChange={setEdited} textareaRef={box} />
      {edited && (
        <button type="button" class="linklike small" onClick={() => setEdited(null)}>
          Start again from the suggested draft
        </button>
      )}
      {copied && <p class="muted" role="status">Copied. Paste it into LinkedIn and send it there, then press Mark as sent.</p>}
      <div class="row actions sticky-actions">
        <button type="button" class={copied ? '' : 'primary'} onClick={copy}>Copy</button>
        <button type="button" class={copied ? 'primary' : ''} onClick={send}>Mark as sent</button>
      </div>
      <CoachHints hints={hints} body={text.body} onSelect={(s, e) => (box.current?.focus(), box.current?.setSelectionRange(s, e))} />
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
