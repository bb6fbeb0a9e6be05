import { useEffect, useState } from 'preact/hooks';
import { command } from '../../lib/dashboard/command';
import type { Person } from '../../lib/tracker/schema';

/** Notes and tags (ASK.md §6): what the user keeps about the person beyond the steps. */
export function NotesAndTags({ person, now }: { person: Person; now: number }) {
  const [note, setNote] = useState('');
  const stored = person.tags.join(', ');
  const [tags, setTagText] = useState(stored);
  const [typing, setTyping] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Tags changed elsewhere (an import, another tab) show here unless the user is mid-edit,
  // so saving never writes back a stale list.
  useEffect(() => void (!typing && setTagText(stored)), [stored, typing]);
  const guard = (p: Promise<unknown>) => p.catch((e: Error) => setError(e.message));
  return (
    <section class="notes-tags" aria-label="Notes and tags">
      <form class="row" onSubmit={(e) => {
        e.preventDefault();
        void guard(command({ name: 'set-tags', personId: person.id, tags: tags.split(','), at: now }).then(() => (setTyping(false), setSaved(true))));
      }}>
        <label for="tags">Tags</label>
        <input id="tags" value={tags} onInput={(e) => (setTagText(e.currentTarget.value), setTyping(true), setSaved(false))} placeholder="design, fintech" />
        <button type="submit">Save tags</button>
        {saved && <span class="muted" role="status">Tags saved.</span>}
      </form>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim()) return;
        void guard(command({ name: 'add-note', personId: person.id, text: note.trim(), at: now }).then(() => setNote('')));
      }}>
        <label for="note">Add a note</label>
        <textarea id="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit">Add note</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
