import type { CoffeeChatDb } from './db';
import { InvalidInput } from './errors';
import type { Note } from './schema';
import { withSearch } from './people';
import { mustGet, write } from './tx';

/** Notes are the user's own words about the person (and the learning journal); search covers them. */
export async function addNote(db: CoffeeChatDb, personId: string, text: string, now: number): Promise<Note> {
  const t = text.trim();
  if (!t) throw new InvalidInput('An empty note was not saved.');
  if (t.length > 10000) throw new InvalidInput('This note is too long (over 10,000 characters).');
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const note: Note = { personId: p.id, at: now, text: t };
    note.id = await db.notes.add(note);
    await db.people.put(await withSearch(db, { ...p, updatedAt: Math.max(p.updatedAt, now) }));
    return note;
  });
}

export async function deleteNote(db: CoffeeChatDb, noteId: number): Promise<void> {
  await write(db, async () => {
    const note = await db.notes.get(noteId);
    if (!note) return;
    await db.notes.delete(noteId);
    const p = await db.people.get(note.personId);
    if (p) await db.people.put(await withSearch(db, p));
  });
}
