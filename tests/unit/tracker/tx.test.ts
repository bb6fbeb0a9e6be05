import { describe, expect, it } from 'vitest';
import { forgetOldDeletes } from '../../../lib/tracker/delete';
import { addNote } from '../../../lib/tracker/notes';
import { upsertPerson } from '../../../lib/tracker/people';
import { recordSent } from '../../../lib/tracker/record';
import { write } from '../../../lib/tracker/tx';
import { T0, freshDb, profile } from './helpers';

const outcome = (p: Promise<unknown>) => p.then(() => 'ok', (e: Error) => `${e.name}: ${e.message}`);

// Writes that overlap: the background empties the bin at every start while the step that woke it is taken.
describe('write() beside another write', () => {
  it('a step started while forgetOldDeletes runs keeps its transaction (it lost it: PrematureCommit, TransactionInactive)', async () => {
    const db = freshDb();
    const got: string[] = [];
    for (let i = 0; i < 10; i++) {
      const bin = forgetOldDeletes(db, T0 + i);
      got.push(await outcome(write(db, async () => {
        const p = await upsertPerson(db, profile(`person-${i}`), T0);
        return recordSent(db, p.id, { channel: 'message', text: 'Hi', at: T0 + 1 });
      })));
      await bin;
    }
    expect(got).toEqual(Array(10).fill('ok'));
  });

  it('whatever form its scope function takes: a plain one returning an async function’s promise', async () => {
    const db = freshDb();
    const p = await upsertPerson(db, profile('marisol-vega'), T0);
    const plain = (i: number) => write(db, () => addNote(db, p.id, `plain ${i}`, T0 + i));
    const got = await Promise.all([0, 1, 2, 3].flatMap((i) => [outcome(plain(i)), outcome(addNote(db, p.id, `note ${i}`, T0 + i))]));
    expect(got).toEqual(Array(8).fill('ok'));
    expect((await db.history.get(p.id))?.notes).toHaveLength(8);
  });
});
