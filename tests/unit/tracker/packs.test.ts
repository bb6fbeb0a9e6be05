// The packs (lib/tracker/packs.ts) hold exactly what is derived from the people, whoever wrote them and how.
import { describe, expect, it } from 'vitest';
import { mayNudge } from '../../../lib/nudges/live';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { deleteEverything, deletePerson } from '../../../lib/tracker/delete';
import { exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { dismissNudge, snoozeNudge } from '../../../lib/tracker/nudge-memory';
import { readPack } from '../../../lib/tracker/packs';
import { saveDraft, setTags } from '../../../lib/tracker/people';
import { recordChatHeld, recordReply, recordSent, scheduleChat, startMentorship } from '../../../lib/tracker/record';
import { ListRow, toNudgeRow } from '../../../lib/tracker/rows';
import type { Person } from '../../../lib/tracker/schema';
import { undoLast } from '../../../lib/tracker/undo';
import { generate } from './generate';
import { DAY, T0, freshDb, person, upgradeFrom } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
const plain = (r: ListRow) => ({ id: r.id, search: r.search, stage: r.stage, lastStepAt: r.lastStepAt, createdAt: r.createdAt, name: r.name, tags: r.tags, channel: r.channel });

/** A nudge row as stored: empty snooze/dismiss memory is left out. */
function nudgeRow(p: Person) {
  const { nudges, ...row } = toNudgeRow(p);
  return nudges && (Object.keys(nudges.snoozed).length || Object.keys(nudges.dismissed).length) ? { ...row, nudges } : row;
}

async function expectPacksMatch(db: CoffeeChatDb): Promise<void> {
  const people = await db.people.toArray();
  expect((await readPack(db, 'list')).map(plain).sort(byId)).toEqual(people.map((p) => plain(new ListRow(ListRow.tuple(p)))).sort(byId));
  expect((await readPack(db, 'nudge')).sort(byId)).toEqual(people.map(toNudgeRow).filter(mayNudge).map((r) => nudgeRow(r as Person)).sort(byId));
}

describe('packs', () => {
  it('follow every tracker write, step by step', async () => {
    const db = freshDb();
    const chat = { at: T0 + 10 * DAY, minutes: 30, timeZone: 'UTC' };
    const steps: ((db: CoffeeChatDb) => Promise<unknown>)[] = [
      (db) => person(db),
      (db) => person(db, 'ada', { fullName: 'Ada Okafor', firstName: 'Ada' }),
      (db) => saveDraft(db, URL, { channel: 'message', body: 'Hi' }, T0),
      (db) => recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + DAY }),
      (db) => snoozeNudge(db, URL, 'check-in', T0 + 20 * DAY),
      (db) => recordReply(db, URL, { at: T0 + 2 * DAY }),
      (db) => scheduleChat(db, URL, chat, T0 + 3 * DAY),
      (db) => dismissNudge(db, URL, 'agenda'),
      (db) => recordChatHeld(db, URL, { at: chat.at + DAY, takeaways: 'Ship it' }),
      (db) => startMentorship(db, URL, { cadenceDays: 30, at: chat.at + 2 * DAY }),
      (db) => addNote(db, URL, 'Loves Rust', T0 + 4 * DAY),
      (db) => setTags(db, URL, ['Mentor', 'rust'], T0 + 5 * DAY),
      (db) => undoLast(db, URL),
      (db) => deletePerson(db, 'https://www.linkedin.com/in/ada/'),
    ];
    for (const step of steps) {
      await step(db);
      await expectPacksMatch(db);
    }
  });

  it('follow imports, raw writes, several writes at once, modify, deletes and deleting everything', async () => {
    const src = freshDb();
    const { people } = generate(60);
    await src.people.bulkAdd(people.slice(0, 30));
    const db = freshDb();
    await importData(db, await exportJson(src, { now: T0 }));
    await expectPacksMatch(db);
    await db.people.bulkAdd(people.slice(30));
    await expectPacksMatch(db);
    // 60 people over 16 packs: several share one, and each write must see the one before.
    await db.transaction('rw', db.people, () => Promise.all(people.map((p) => db.people.put({ ...p, stage: 'held', heldAt: T0 }))));
    await expectPacksMatch(db);
    await db.people.toCollection().modify((p) => void (p.tags = ['modified']));
    await expectPacksMatch(db);
    await db.people.bulkDelete(people.slice(0, 10).map((p) => p.id));
    await expectPacksMatch(db);
    await db.people.where(':id').between(people[20]!.id, people[40]!.id).delete();
    await expectPacksMatch(db);
    await deleteEverything(db);
    expect(await readPack(db, 'list')).toEqual([]);
    expect(await readPack(db, 'nudge')).toEqual([]);
  });

  it('are left as they were when the write fails', async () => {
    const db = freshDb();
    await person(db);
    const before = await db.packs.toArray();
    db.people.hook('creating', () => {
      throw new Error('no');
    });
    await expect(person(db, 'ada')).rejects.toThrow('no');
    expect(await db.packs.toArray()).toEqual(before);
  });

  it('are rebuilt on open for people stored without them', async () => {
    const { people } = generate(40);
    const db = await upgradeFrom(1, { people });
    await expectPacksMatch(db);
  });
});
