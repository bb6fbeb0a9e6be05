// Each person's step log and notes live in one history record (lib/tracker/history.ts).
import { describe, expect, it } from 'vitest';
import { addNote, deleteNote } from '../../../lib/tracker/notes';
import { sentNoteTimes } from '../../../lib/tracker/queries';
import { recordSent } from '../../../lib/tracker/record';
import { undoLast } from '../../../lib/tracker/undo';
import { generate } from './generate';
import { DAY, T0, freshDb, person, seed, storedEvents, storedNotes } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';

describe('history', () => {
  it('new events and notes continue after the ids of rows stored without the counter', async () => {
    const db = freshDb();
    const data = generate(5);
    await seed(db, data);
    const ids = [...(await storedEvents(db)), ...(await storedNotes(db))].map((r) => r.id!);
    expect(new Set(ids).size).toBe(data.events.length + data.notes.length);
    await person(db);
    const note = await addNote(db, URL, 'first', T0);
    expect(note.id).toBe(Math.max(...ids) + 1);
    await deleteNote(db, note.id!);
    expect((await storedNotes(db)).map((n) => n.id)).toEqual(ids.slice(data.events.length));
  });

  it('a person with nothing left in their history has no history record', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 });
    expect(await db.history.count()).toBe(1);
    await undoLast(db, URL);
    expect(await db.history.count()).toBe(0);
  });

  it('sentNoteTimes reads only connection-note sends, across people, oldest first', async () => {
    const db = freshDb();
    await person(db);
    await person(db, 'ada');
    await recordSent(db, 'https://www.linkedin.com/in/ada/', { channel: 'connection-note', text: 'Hi', at: T0 + 2 * DAY });
    await recordSent(db, URL, { channel: 'connection-note', text: 'Hi', at: T0 + DAY });
    await recordSent(db, URL, { channel: 'message', text: 'Any news?', at: T0 + 3 * DAY, kind: 'check-in' });
    expect(await sentNoteTimes(db)).toEqual([T0 + DAY, T0 + 2 * DAY]);
    await undoLast(db, 'https://www.linkedin.com/in/ada/');
    expect(await sentNoteTimes(db)).toEqual([T0 + DAY]);
  });
});
