import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/tracker/db';
import { addNote } from '../../../lib/tracker/notes';
import { setTags, upsertPerson } from '../../../lib/tracker/people';
import { allTags, countByStage, getPerson, listPeople, personTimeline, sentNoteTimes } from '../../../lib/tracker/queries';
import { searchRows } from '../../../lib/tracker/search-rows';
import { close, recordInvited, recordReply, recordSent } from '../../../lib/tracker/record';
import { generate } from './generate';
import { DAY, T0, freshDb, profile, seed } from './helpers';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function three() {
  const db = freshDb();
  await upsertPerson(db, profile('marisol', { fullName: 'Marisol Vega', current: { title: 'Staff', company: 'Lumen' } }), T0);
  await upsertPerson(db, profile('jose', { fullName: 'José Pérez', firstName: 'José', headline: 'Designer', current: { title: 'Designer', company: 'Arc' } }), T0);
  await upsertPerson(db, profile('ada', { fullName: 'Ada Okafor', firstName: 'Ada', headline: 'CTO', current: { title: 'CTO', company: 'Northwind' } }), T0);
  await recordSent(db, url('marisol'), { channel: 'connection-note', text: 'Hi', at: T0 + DAY });
  await recordSent(db, url('jose'), { channel: 'message', text: 'Hi', at: T0 + 2 * DAY });
  await recordReply(db, url('jose'), { at: T0 + 3 * DAY });
  await recordInvited(db, url('ada'), { at: T0 + 4 * DAY });
  await addNote(db, url('ada'), 'Met her at PyCon Lagos', T0 + 5 * DAY);
  await setTags(db, url('marisol'), ['Fintech'], T0);
  return db;
}
const names = (r: { people: { slug: string }[] }) => r.people.map((p) => p.slug);

describe('listPeople', () => {
  it('sorts by last activity, newest first, with totals and per-stage counts', async () => {
    const r = await listPeople(await three());
    expect(names(r)).toEqual(['ada', 'jose', 'marisol']);
    expect(r.total).toBe(3);
    expect(r.counts).toMatchObject({ invited: 1, replied: 1, sent: 1, drafted: 0 });
    expect(names(await listPeople(await three(), { sort: 'name' }))).toEqual(['ada', 'jose', 'marisol']);
  });
  it('searches as you type: name, company, headline, notes, tags, ignoring case and accents', async () => {
    const db = await three();
    const q = async (text: string) => names(await listPeople(db, { q: text }));
    expect(await q('mar')).toEqual(['marisol']);
    expect(await q('JOSE')).toEqual(['jose']);
    expect(await q('pérez')).toEqual(['jose']);
    expect(await q('northwind')).toEqual(['ada']);
    expect(await q('pycon')).toEqual(['ada']);
    expect(await q('fintech')).toEqual(['marisol']);
    expect(await q('designer arc')).toEqual(['jose']);
    expect(await q('designer lumen')).toEqual([]);
    expect(await q('   ')).toHaveLength(3);
  });
  it('filters by stage (one or several), channel and tag; counts ignore only the stage filter', async () => {
    const db = await three();
    expect(names(await listPeople(db, { stage: 'replied' }))).toEqual(['jose']);
    expect(names(await listPeople(db, { stage: ['sent', 'invited'] }))).toEqual(['ada', 'marisol']);
    expect(names(await listPeople(db, { channel: 'connection-note' }))).toEqual(['marisol']);
    expect(names(await listPeople(db, { tag: 'fintech' }))).toEqual(['marisol']);
    const r = await listPeople(db, { stage: 'replied', q: 'a' });
    expect(r.total).toBe(1);
    expect(r.counts).toMatchObject({ replied: 1, sent: 1, invited: 1 });
  });
  it('leaves the counts for later only where they cost reads of their own (countsLater)', async () => {
    const db = await three();
    const quick = await listPeople(db, { countsLater: true });
    expect(quick.partial).toBe(true);
    expect(names(quick)).toEqual(names(await listPeople(db)));
    expect(names(await listPeople(db, { countsLater: true, stage: 'sent' }))).toEqual(['marisol']);
    // A search or a filter counts while it reads every row anyway.
    const searched = await listPeople(db, { countsLater: true, q: 'marisol' });
    expect(searched.partial).toBeUndefined();
    expect(searched.total).toBe(1);
  });
  it('pages with offset and limit', async () => {
    const db = await three();
    const r = await listPeople(db, { offset: 1, limit: 1 });
    expect(names(r)).toEqual(['jose']);
    expect(r.total).toBe(3);
  });
  it('sees writes made through another connection (another extension page)', async () => {
    const db = await three();
    expect((await listPeople(db, { q: 'lagos' })).total).toBe(1);
    const other = openDb(db.name);
    await close(other, url('ada'), { reason: 'declined', at: T0 + 9 * DAY });
    await upsertPerson(other, profile('wei', { fullName: 'Wei Chen' }), T0 + 10 * DAY);
    const r = await listPeople(db);
    expect(names(r)).toEqual(['wei', 'ada', 'jose', 'marisol']);
    expect(r.people[1]!.stage).toBe('closed');
  });
});

describe('other queries', () => {
  it('personTimeline merges steps and notes in time order', async () => {
    const db = await three();
    await addNote(db, url('jose'), 'Prefers mornings', T0 + 2 * DAY + 1);
    const items = await personTimeline(db, url('jose'));
    expect(items.map((i) => (i.kind === 'event' ? i.event.type : `note:${i.note.text}`))).toEqual(['sent', 'note:Prefers mornings', 'replied']);
  });
  it('sentNoteTimes lists connection-note sends only, oldest first', async () => {
    const db = await three();
    await upsertPerson(db, profile('wei'), T0);
    await recordSent(db, url('wei'), { channel: 'connection-note', text: 'Hi', at: T0 });
    expect(await sentNoteTimes(db)).toEqual([T0, T0 + DAY]);
  });
  it('counts per stage, tags in use, a person by any link', async () => {
    const db = await three();
    expect(await countByStage(db)).toEqual({ drafted: 0, invited: 1, sent: 1, replied: 1, scheduled: 0, held: 0, mentoring: 0, closed: 0 });
    expect(await allTags(db)).toEqual(['Fintech']);
    expect((await getPerson(db, 'https://de.linkedin.com/in/JOSE?trk=1'))!.name).toBe('José Pérez');
  });
});

// Speed is measured by `npm run bench` in Chromium, never here; this checks the search is right at scale.
describe('at 10,000 people and 30,000 events', () => {
  it('search as you type pages through the right people', async () => {
    const db = freshDb();
    await seed(db, generate(10_000));
    expect((await listPeople(db, { q: '' })).total).toBe(10_000);
    for (const q of ['m', 'ma', 'mar', 'mari', 'maris', 'marisol', 'marisol v', 'marisol vega 9']) {
      const r = await listPeople(db, { q, limit: 50 });
      expect(r.people.length).toBeLessThanOrEqual(50);
      expect(r.people.every((p) => p.search.includes(q.split(' ')[0]!))).toBe(true);
    }
    const r = await listPeople(db, { q: 'marisol vega 90' });
    expect(r.total).toBe(11); // person-90 and person-900..909
  });
});

describe('searchRows', () => {
  it('reads every summary across its pieces, once each, without the nudge views, and the list answers the same from them', async () => {
    const db = freshDb();
    await seed(db, generate(2_345));
    const rows = await searchRows(db);
    const summaries = await db.summaries.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(summaries.map((s) => s.id).sort());
    expect(new Set(rows.map((r) => r.id)).size).toBe(2_345);
    expect(rows.every((r) => !('nudge' in r) && !('nudgeFrom' in r) && typeof r.search === 'string')).toBe(true);
    for (const query of [{ q: 'marisol vega 9' }, { q: 'm', sort: 'name' as const, offset: 50 }, { channel: 'message' as const }, { q: 'a', stage: 'sent' as const }]) {
      expect(await listPeople(db, query, rows)).toEqual(await listPeople(db, query));
    }
  });
});
