import { useState } from 'preact/hooks';
import { formatInZone } from '../../lib/schedule/format';
import type { Me } from '../../lib/settings/schema';
import type { Person } from '../../lib/tracker/schema';
import { downloadInvite } from './invite';

/** The booked chat in both zones, side by side. */
export function ChatInfo({ person, now, me }: { person: Person; now: number; me: Me }) {
  const [error, setError] = useState<string | null>(null);
  const chat = person.chat;
  if (!chat) return null;
  const first = person.profile.firstName ?? person.name;
  const past = chat.at + chat.minutes * 60_000 < now;
  return (
    <section class="card chat-info" aria-label="The chat">
      <h2>{past ? 'Your chat' : 'Your upcoming chat'} ({chat.minutes} minutes)</h2>
      <dl class="zones">
        <div><dt>You</dt><dd>{formatInZone(chat.at, chat.timeZone)}</dd></div>
        <div><dt>{first}</dt><dd>{chat.theirTimeZone ? formatInZone(chat.at, chat.theirTimeZone) : 'Time zone unknown'}</dd></div>
      </dl>
      {past && person.stage === 'scheduled' && <p>Did the chat happen? Mark it as held below and note what you took away.</p>}
      {person.takeaways && <p><strong>Takeaways:</strong> {person.takeaways}</p>}
      {!past && <button type="button" onClick={() => {
        setError(null);
        // The chat itself is saved already: a failed file loses nothing, and says so.
        downloadInvite(person, me, chat, now).catch((e: Error) => setError(`Couldn't make the invitation (${e.message}). Your chat is saved; try again.`));
      }}>Download invitation (.ics)</button>}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
