import { useMemo, useRef, useState } from 'preact/hooks';
import { coach } from '../../lib/coach';
import { composeAsk, composeFollowUp } from '../../lib/compose';
import { DRAFT_KINDS, draftTitle, sentKindOf, type DraftKind } from '../../lib/follow-ups';
import type { Settings } from '../../lib/settings/schema';
import { command } from '../../lib/dashboard/command';
import { myTimeZone } from '../../lib/shared/settings-store';
import type { Channel, Person } from '../../lib/tracker/schema';
import { ChannelSwitch } from '../ChannelSwitch';
import { CoachHints } from '../CoachHints';
import { DraftEditor, type DraftText } from '../DraftEditor';

export type { DraftKind };
export const DRAFT_TITLES = Object.fromEntries(DRAFT_KINDS.map((k) => [k, draftTitle(k)])) as Record<DraftKind, string>;

/** A follow-up ready to copy (ASK.md §5 "the draft says"), coached, then recorded as sent. */
export function FollowUpDraft({ person, kind, settings, now, onDone }: { person: Person; kind: DraftKind; settings: Settings; now: number; onDone: () => void }) {
  // The ask starts from the draft the user saved in the popup, when there is one.
  const saved = kind === 'send-ask' ? person.draft : undefined;
  const [channel, setChannel] = useState<Channel>(saved?.channel ?? 'message');
  const [edited, setEdited] = useState<DraftText | null>(saved ? { subject: saved.subject, body: saved.body } : null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const composed = useMemo(() => {
    const base = { profile: person.profile, me: settings.me, channel, tier: settings.tier, now, myTimeZone: myTimeZone(settings) };
    return kind === 'send-ask'
      ? composeAsk({ ...base, minutes: settings.defaultMinutes })
      : composeFollowUp(kind, { ...base, takeaways: person.takeaways, chat: person.chat, closeReason: person.closedReason });
  }, [person, kind, channel, settings, now]);
  const text = edited ?? { subject: composed.subject, body: composed.body };
  const hints = coach(text, { channel, tier: settings.tier, firstName: person.profile.firstName, fullName: person.profile.fullName, kind: kind === 'send-ask' ? 'ask' : kind, sender: settings.me });
  const markSent = async () => {
    try {
      await command({ name: 'send', personId: person.id, kind: sentKindOf(kind), text: { channel, body: text.body, ...(text.subject !== undefined ? { subject: text.subject } : {}) }, at: now });
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="card follow-up" aria-label={DRAFT_TITLES[kind]}>
      <h2>{DRAFT_TITLES[kind]}</h2>
      <ChannelSwitch value={channel} onChange={(c) => (setChannel(c), setEdited(null))} />
      <DraftEditor draft={text} hasSubject={channel === 'inmail' || channel === 'email'} limit={composed.limit} onChange={setEdited} textareaRef={box} />
      <CoachHints hints={hints} body={text.body} onSelect={(s, e) => (box.current?.focus(), box.current?.setSelectionRange(s, e))} />
      <div class="row">
        <button type="button" onClick={() => void navigator.clipboard.writeText(text.body)}>Copy</button>
        <button type="button" class="primary" onClick={markSent}>Mark as sent</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
