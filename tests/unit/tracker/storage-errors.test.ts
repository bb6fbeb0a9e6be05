import { describe, expect, it } from 'vitest';
import { StepRefused, StorageError } from '../../../lib/tracker/errors';
import { exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { upsertPerson } from '../../../lib/tracker/people';
import { recordReply, recordSent } from '../../../lib/tracker/record';
import { DAY, T0, freshDb, person, profile, snapshot } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage errors become a StorageError with a sentence, and nothing is half-written', () => {
  it('a full disk while logging the event rolls back the person too', async () => {
    const db = freshDb();
    await person(db);
    const before = await snapshot(db);
    db.history.put = (() => Promise.reject(quota())) as unknown as typeof db.history.put;
    const err = await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + DAY }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).reason).toBe('quota');
    expect((err as StorageError).message).toMatch(/^Your browser refused to save: the disk may be full/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a quota error raised by IndexedDB itself (through a Dexie hook) is caught the same way', async () => {
    const db = freshDb();
    db.people.hook('creating', () => {
      throw quota();
    });
    await expect(upsertPerson(db, profile('ada'), T0)).rejects.toMatchObject({ name: 'StorageError', reason: 'quota' });
    expect(await db.people.count()).toBe(0);
  });

  it('an import that fails half way leaves the tracker as it was', async () => {
    const src = freshDb();
    await person(src);
    await person(src, 'ada');
    await addNote(src, URL, 'n', T0);
    const text = await exportJson(src, { now: T0 });
    const db = freshDb();
    await person(db, 'wei');
    const before = await snapshot(db);
    db.history.hook('creating', () => {
      throw quota();
    });
    await expect(importData(db, text)).rejects.toBeInstanceOf(StorageError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a closed database is a StorageError too', async () => {
    const db = freshDb();
    await person(db);
    db.close({ disableAutoOpen: true });
    const err = await addNote(db, URL, 'hello', T0).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', reason: 'closed' });
    expect((err as Error).message).toMatch(/closed the tracker's database/);
  });

  it('InvalidStateError (a transaction the browser ended) is a StorageError', async () => {
    const db = freshDb();
    await person(db);
    db.people.bulkPut = (() => Promise.reject(new DOMException('The transaction has finished.', 'InvalidStateError'))) as unknown as typeof db.people.bulkPut;
    await expect(recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 })).rejects.toMatchObject({ reason: 'closed' });
  });

  it('other errors pass through unchanged', async () => {
    const db = freshDb();
    await person(db);
    await expect(recordReply(db, URL, { at: T0 })).rejects.toBeInstanceOf(StepRefused);
  });
});
