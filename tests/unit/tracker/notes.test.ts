import { describe, expect, it } from 'vitest';
import { addNote, deleteNote } from '../../../lib/tracker/notes';
import { listPeople } from '../../../lib/tracker/queries';
import { T0, freshDb, person, storedNotes } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';

describe('notes', () => {
  it('addNote trims, stores, and makes the text searchable; deleteNote takes it out of search', async () => {
    const db = freshDb();
    await person(db);
    const note = await addNote(db, 'https://www.linkedin.com/in/Marisol-Vega', '  Loves Rust meetups  ', T0 + 5);
    expect(note).toMatchObject({ personId: URL, at: T0 + 5, text: 'Loves Rust meetups' });
    expect(note.id).toBeTypeOf('number');
    expect((await listPeople(db, { q: 'rust' })).total).toBe(1);
    expect((await db.people.get(URL))!.updatedAt).toBe(T0 + 5);
    await deleteNote(db, note.id!);
    expect(await storedNotes(db)).toEqual([]);
    expect((await listPeople(db, { q: 'rust' })).total).toBe(0);
    await expect(deleteNote(db, 999)).resolves.toBeUndefined();
  });
  it('refuses empty and oversized notes', async () => {
    const db = freshDb();
    await person(db);
    await expect(addNote(db, URL, '   ', T0)).rejects.toThrow('An empty note was not saved.');
    await expect(addNote(db, URL, 'x'.repeat(10001), T0)).rejects.toThrow('too long');
    expect(await storedNotes(db)).toEqual([]);
  });
});
