import { describe, expect, it } from 'vitest';
import { peopleCsv } from '../../../lib/tracker/csv';
import { getPerson, listPeople, personTimeline } from '../../../lib/tracker/queries';
import { readablePerson } from '../../../lib/tracker/readable';
import { summaryOf } from '../../../lib/tracker/summaries';
import { T0, freshDb, person } from './helpers';

// Issue 15: the dashboard shows a readable row even for a record it can't fully read.
describe('a stored record the tracker cannot fully read', () => {
  const damaged: [string, Record<string, unknown>][] = [
    ['a time past what a Date holds', { lastStepAt: 8.7e15, sentAt: 8.7e15, stage: 'sent' }],
    ['an unknown stage and no name', { stage: 'waiting', name: undefined }],
    ['no profile, tags not a list', { profile: null, tags: 'design' }],
    ['a chat with no time', { stage: 'scheduled', chat: { minutes: 20 } }],
  ];
  it.each(damaged)('%s: still listed, opened and exported with what can be read', async (_name, over) => {
    const db = freshDb();
    const good = await person(db);
    const broken = { ...good, ...over };
    // Written raw, as an older version or a damaged disk could leave it.
    await db.people.put(broken as never);
    await db.summaries.put({ ...summaryOf(good), lastStepAt: T0 });
    const list = await listPeople(db);
    expect(list.people).toHaveLength(1);
    const row = list.people[0]!;
    expect(row.name).toMatch(/\w/);
    expect(new Date(row.lastStepAt).toISOString()).toMatch(/^\d{4}-/);
    expect(['drafted', 'sent', 'scheduled']).toContain(row.stage);
    const opened = (await getPerson(db, good.id))!;
    expect(opened.profile).toBeTypeOf('object');
    expect(Array.isArray(opened.tags)).toBe(true);
    expect(() => peopleCsv([readablePerson(broken)])).not.toThrow();
  });
  it('a whole record comes back as it is, not copied', async () => {
    const db = freshDb();
    const p = await person(db);
    expect(readablePerson(p)).toBe(p);
  });
  it('a step with a time past what a Date holds shows first in the timeline, with time 0, not a crash', async () => {
    const db = freshDb();
    const p = await person(db);
    await db.history.put({ personId: p.id, events: [{ id: 1, personId: p.id, type: 'drafted', at: 8.7e15 }], notes: [], noteIds: [], noteSends: [] });
    expect((await personTimeline(db, p.id)).map((i) => i.at)).toEqual([0]);
  });
});
