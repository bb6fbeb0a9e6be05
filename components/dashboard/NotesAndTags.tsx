import { useEffect, useState } from 'preact/hooks';
import { command } from '../../lib/dashboard/command';
import { cleanTags } from '../../lib/tracker/people';
import type { Person } from '../../lib/tracker/schema';

/**
 * What a tags form changed from the tags it began with, spacing ignored. A new spelling ("design" →
 * "Design") is a remove and an add: the tracker removes ignoring case, then adds the new spelling.
 */
export function tagChanges(before: readonly string[], typed: readonly string[]): { add: string[]; remove: string[] } {
  const now = cleanTags(typed);
  const was = new Set(before);
  const is = new Set(now);
  return { add: now.filter((t) => !was.has(t)), remove: before.filter((t) => !is.has(t)) };
}

/** Notes and tags (ARCHITECTURE.md §6): what the user keeps about the person beyond the steps. */
export function NotesAndTags({ person, now }: { person: Person; now: number }) {
  const [note, setNote] = useState('');
  const stored = person.tags.join(', ');
  const [tags, setTagText] = useState(stored);
  const [typing, setTyping] = useState(false);
  // The tags as they were when the user began typing: the save sends what changed from them.
  const [base, setBase] = useState<readonly string[]>(person.tags);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Tags changed elsewhere (an import, another tab) show here unless the user is mid-edit,
  // so saving never writes back a stale list.
  useEffect(() => void (!typing && (setTagText(stored), setBase(person.tags))), [stored, typing]);
  const guard = (p: Promise<unknown>) => p.catch((e: Error) => setError(e.message));
  return (
    <section class="notes-tags" aria-label="Notes and tags">
      <form class="row" onSubmit={(e) => {
        e.preventDefault();
        // Only what this form changed: another page's tags saved meanwhile stay.
        const { add, remove } = tagChanges(base, tags.split(','));
        void guard(command({ name: 'edit-tags', personId: person.id, add, remove, at: now }).then(() => (setTyping(false), setSaved(true))));
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
