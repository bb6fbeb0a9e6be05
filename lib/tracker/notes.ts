import type { CoffeeChatDb } from './db';
import { putPeople } from './summaries';
import { InvalidInput } from './errors';
import { readHistory, reserveIds, saveHistory } from './history';
import type { Note } from './schema';
import { withSearch } from './people';
import { mustGet, write } from './tx';
import { isTime } from '../time-schema';

/** Notes are the user's own words about the person (and the learning journal); search covers them. */
export async function addNote(db: CoffeeChatDb, personId: string, text: string, now: number): Promise<Note> {
  const t = text.trim();
  if (!t) throw new InvalidInput('An empty note was not saved.');
  if (t.length > 10000) throw new InvalidInput('This note is too long (over 10,000 characters).');
  if (!isTime(now)) throw new InvalidInput('The note has no valid time.');
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const note: Note = { personId: p.id, at: now, text: t, id: await reserveIds(db, 1) };
    const history = await readHistory(db, p.id);
    await saveHistory(db, { ...history, notes: [...history.notes, note] });
    await putPeople(db, [await withSearch(db, { ...p, updatedAt: Math.max(p.updatedAt, now) })]);
    return note;
  });
}

export async function deleteNote(db: CoffeeChatDb, noteId: number): Promise<void> {
  await write(db, async () => {
    const history = await db.history.where('noteIds').equals(noteId).first();
    if (!history) return;
    await saveHistory(db, { ...history, notes: history.notes.filter((n) => n.id !== noteId) });
    const p = await db.people.get(history.personId);
    if (p) await putPeople(db, [await withSearch(db, p)]);
  });
}
