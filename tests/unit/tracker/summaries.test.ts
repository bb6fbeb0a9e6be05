// The summaries (lib/tracker/summaries.ts) hold exactly what is derived from the people, after every
// tracker write, in the same transaction; the list and the nudges read nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../fixtures-dir';
import { loadNudgePeople } from '../../../lib/nudges';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { deleteEverything, deletePerson } from '../../../lib/tracker/delete';
import { exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { dismissNudge, snoozeNudge } from '../../../lib/tracker/nudge-memory';
import { saveDraft, setTags } from '../../../lib/tracker/people';
import { recordChatHeld, recordReply, recordSent, scheduleChat, startMentorship } from '../../../lib/tracker/record';
import { mayNudge, summaryOf, toNudgeView } from '../../../lib/tracker/summaries';
import { undoLast } from '../../../lib/tracker/undo';
import { generate } from './generate';
import { DAY, T0, freshDb, person, seed, upgradeFrom } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);

async function expectSummariesMatch(db: CoffeeChatDb): Promise<void> {
  const people = await db.people.toArray();
  expect((await db.summaries.toArray()).sort(byId)).toEqual(people.map(summaryOf).sort(byId));
  expect(await loadNudgePeople(db)).toEqual(people.map(toNudgeView).filter(mayNudge).sort(byId));
}

describe('summaries', () => {
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
      await expectSummariesMatch(db);
    }
  });

  it('follow imports, deletes and deleting everything', async () => {
    const src = freshDb();
    const { people } = generate(60);
    await seed(src, { people: people.slice(0, 30), events: [], notes: [] });
    const db = freshDb();
    await importData(db, await exportJson(src, { now: T0 }));
    await expectSummariesMatch(db);
    await importData(db, await exportJson(src, { now: T0 }));
    await expectSummariesMatch(db);
    for (const p of people.slice(0, 5)) await deletePerson(db, p.id);
    await expectSummariesMatch(db);
    await deleteEverything(db);
    expect(await db.summaries.count()).toBe(0);
  });

  it('only lib/tracker/summaries.ts writes the people table, so no write can skip its summary', () => {
    const dir = join(projectRoot, 'lib/tracker');
    const writers = readdirSync(dir).filter((f) => /\.people\.(put|add|bulkPut|bulkAdd|delete|bulkDelete|update|modify)\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(writers).toEqual(['summaries.ts']);
  });

  it('are left as they were when the write fails', async () => {
    const db = freshDb();
    await person(db);
    const before = await db.summaries.toArray();
    db.people.hook('creating', () => {
      throw new Error('no');
    });
    await expect(person(db, 'ada')).rejects.toThrow('no');
    expect(await db.summaries.toArray()).toEqual(before);
  });

  it('are built by the v2 upgrade for people stored by v1', async () => {
    const { people } = generate(40);
    const db = await upgradeFrom(1, { people });
    await expectSummariesMatch(db);
  });
});
