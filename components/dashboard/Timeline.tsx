import { getDb } from '../../lib/shared/tracker-db';
import { personTimeline, type TimelineItem } from '../../lib/tracker/queries';
import { CHANNEL_LABELS } from '../ChannelSwitch';
import { eventTitle } from '../step-titles';
import { useLiveQuery } from '../hooks/use-live-query';
import { dateFormat } from '../../lib/date-format';

const dateTime = dateFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// A time the tracker could not read (timeline items carry 0) says so instead of throwing RangeError.
const when = (at: number) => (at > 0 ? dateTime().format(at) : 'Unknown date');
const iso = (at: number) => (at > 0 ? new Date(at).toISOString() : undefined);

function Item({ item }: { item: TimelineItem }) {
  if (item.kind === 'note') {
    return (
      <li class="timeline-note">
        <time dateTime={iso(item.at)}>{when(item.at)}</time> <strong>Note</strong>
        <p class="sent-text">{item.note.text}</p>
      </li>
    );
  }
  const e = item.event;
  const title = eventTitle(e);
  return (
    <li>
      <time dateTime={iso(item.at)}>{when(item.at)}</time> <strong>{title}</strong>
      {e.channel && <span class="muted"> · {CHANNEL_LABELS[e.channel]}</span>}
      {e.subject && <p class="muted">Subject: {e.subject}</p>}
      {e.text && <p class="sent-text">{e.text}</p>}
    </li>
  );
}

/** Everything that happened with this person, oldest first, with the texts sent. */
export function Timeline({ personId }: { personId: string }) {
  const items = useLiveQuery(() => personTimeline(getDb(), personId), [personId]).value;
  if (!items) return null;
  return (
    <section aria-label="Timeline">
      <h2>Timeline</h2>
      {items.length === 0 ? <p class="muted">Nothing yet.</p> : <ol class="timeline">{items.map((i, n) => <Item key={n} item={i} />)}</ol>}
    </section>
  );
}
