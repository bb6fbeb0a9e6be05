import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { listPeople } from '../../../lib/tracker/queries';
import { recordSent } from '../../../lib/tracker/record';
import { historyRows } from '../../../lib/tracker/history';
import { VERSIONS, V1_2026_11_22, V2_2026_11_23, V3_2026_12_03, V4_2026_12_04, type VersionDecl } from '../../../lib/tracker/versions';
import { planNudges } from '../../../lib/nudges/engine';
import { countDue, loadDueHead, nextWake } from '../../../lib/nudges/indexed';
import { NUDGE_INDEXER, nudgeIndexKey } from '../../../lib/nudges/timeline';
import { dueWithTitles } from '../../../lib/nudges/due-now';
import { NUDGE_INDEX } from '../../../lib/tracker/nudge-index';
import { readProfile } from '../../../lib/linkedin';
import { loadDueNow } from '../../../lib/nudges';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { allTags, countByStage } from '../../../lib/tracker/queries';
import type { Person } from '../../../lib/tracker/schema';
import { searchText } from '../../../lib/tracker/search-text';
import { summaryOf } from '../../../lib/tracker/summaries';
import { allExpectedPages, loadFixture } from '../linkedin/fixtures';
import { generate } from './generate';
import { DAY, T0, storedEvents, upgradeFrom } from './helpers';

const LATEST = VERSIONS.at(-1)!.version;

/** People as v1 stored them, made from the real fixture pages' readings, in every stage. */
function realPeople(): Person[] {
  const { people } = generate(allExpectedPages().length);
  const seen = new Set<string>();
  return allExpectedPages().flatMap(({ dir, name }, i) => {
    const f = loadFixture(dir, name);
    const reading = readProfile(f.doc, f.expected.url);
    // The same person saved twice (with and without the page head) is one record.
    if (!reading.profile.url.includes('/in/') || seen.has(reading.profile.url)) return [];
    seen.add(reading.profile.url);
    const base = people[i]!;
    const p = reading.profile;
    const person = { ...base, id: p.url, slug: p.slug, name: p.fullName ?? p.slug, company: p.current?.company ?? '', profile: p, tags: i % 2 ? ['Design', 'mentor'] : [] };
    return [{ ...person, search: searchText(person, ['Met at a meetup']) }];
  });
}

/**
 * The pattern for every future migration: seed rows as the old version stored them, open
 * with the full list, check the rows. The next real version adds a constant to versions.ts
 * and a test like the v2 one below (the test-only next version shows the bare pattern).
 */
describe('database versions', () => {
  it('versions are numbered 1, 2, … in order, the first release is 1', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(VERSIONS[0]).toBe(V1_2026_11_22);
  });

  it('v1 opens with seeded data and the tracker works on it', async () => {
    const { people, events, notes } = generate(3);
    const db = await upgradeFrom(1, { people, history: historyRows(events, notes) });
    expect(db.verno).toBe(LATEST);
    expect((await listPeople(db)).total).toBe(3);
    await expect(recordSent(db, people[0]!.id, { channel: 'message', text: 'Hi', at: T0 })).resolves.toMatchObject({ stage: 'sent' });
  });

  it('v2 (2026-11-23): the packs go and every person gets a summary, from real readings in every stage', async () => {
    const people = realPeople();
    expect(people.length).toBeGreaterThan(5);
    expect(new Set(people.map((p) => p.stage)).size).toBe(8);
    const packs = [{ key: 'list:0', rows: [] }];
    const meta = [{ key: 'rev', value: 41 }, { key: 'packs-version', value: 2 }, { key: 'next-id', value: 7 }];
    const db = await upgradeFrom(1, { people, packs, meta }, [V1_2026_11_22, V2_2026_11_23]);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['history', 'meta', 'people', 'summaries']);
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
    expect((await db.summaries.toArray()).sort(byId)).toEqual(people.map(summaryOf).sort(byId));
    expect(await db.meta.toArray()).toEqual([{ key: 'next-id', value: 7 }]);
    // What reads the summaries works on the upgraded data.
    const counts = await countByStage(db);
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(people.length);
    expect(await allTags(db)).toEqual(people.some((p) => p.tags.length) ? ['Design', 'mentor'] : []);
    expect((await listPeople(db, { q: people[0]!.name.split(' ')[0] })).people.map((p) => p.id)).toContain(people[0]!.id);
    const due = await loadDueNow(db, T0 + 400 * DAY, DEFAULT_SETTINGS);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((n) => people.some((p) => p.id === n.personId))).toBe(true);
  }, 180_000); // parsing the saved pages (up to 1.2 MB each) in jsdom takes a while on a busy machine

  it('v3 (2026-12-03): summaries are rebuilt, so a booked chat whose agenda went can ask "did it happen?"', async () => {
    const { people } = generate(4);
    const chatAt = T0 + 10 * DAY;
    const booked: Person = { ...people[0]!, stage: 'scheduled', lastStepAt: T0 + 2 * DAY, agendaSentAt: T0 + 3 * DAY, chat: { at: chatAt, minutes: 30, timeZone: 'UTC' } };
    delete (booked as Partial<Person>).heldAt;
    const seeded = [booked, ...people.slice(1)];
    // As v2 stored it: under v2's mayNudge, no nudge view for the booked person.
    const stale = seeded.map(summaryOf).map((s) => (s.id === booked.id ? { ...s, nudge: undefined, nudgeFrom: undefined } : s));
    const db = await upgradeFrom(2, { people: seeded, summaries: stale }, [V1_2026_11_22, V2_2026_11_23, V3_2026_12_03]);
    expect(db.verno).toBe(3);
    const row = await db.summaries.get(booked.id);
    expect(row?.nudge?.chat?.at).toBe(chatAt);
    const due = await loadDueNow(db, chatAt + DAY, DEFAULT_SETTINGS);
    expect(due.find((n) => n.personId === booked.id)?.kind).toBe('chat-happened');
  });

  it('v4 (2026-12-04): the nudge index is built under the default settings, from real readings in every stage', async () => {
    const people = realPeople();
    expect(new Set(people.map((p) => p.stage)).size).toBe(8);
    const seed = { people, summaries: people.map(summaryOf), meta: [{ key: 'next-id', value: 7 }] };
    const db = await upgradeFrom(3, seed, [V1_2026_11_22, V2_2026_11_23, V3_2026_12_03, V4_2026_12_04], { nudgeIndexer: NUDGE_INDEXER });
    expect(db.verno).toBe(4);
    expect((await db.meta.get(NUDGE_INDEX))?.value).toEqual({ key: nudgeIndexKey(DEFAULT_SETTINGS), settings: DEFAULT_SETTINGS });
    // Every row a rule can nudge has its moments; the rest of each row is as it was.
    const rows = await db.summaries.toArray();
    expect(rows.filter((r) => r.nudge).every((r) => r.nudgeTimes !== undefined || r.nudge!.stage === 'closed')).toBe(true);
    const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(rows.map(({ nudgeAt: _a, nudgeTimes: _t, nudgeWindows: _w, ...r }) => r)).toEqual(byId.map(summaryOf));
    for (const now of [T0, T0 + 30 * DAY, T0 + 400 * DAY]) {
      const plan = planNudges(byId, now, DEFAULT_SETTINGS);
      expect(await countDue(db, now, DEFAULT_SETTINGS)).toBe(plan.due.length);
      expect(await nextWake(db, now, DEFAULT_SETTINGS)).toBe(plan.nextDueAt);
      expect((await loadDueHead(db, now, DEFAULT_SETTINGS, 5))?.first).toEqual(dueWithTitles(byId, now, DEFAULT_SETTINGS).slice(0, 5));
    }
    expect(await db.meta.get('next-id')).toEqual({ key: 'next-id', value: 7 });
  }, 180_000);

  it('v4 opened without the rules (a page that does not index) leaves the index to the first refresh', async () => {
    const { people } = generate(8);
    const db = await upgradeFrom(3, { people, summaries: people.map(summaryOf) }, [V1_2026_11_22, V2_2026_11_23, V3_2026_12_03, V4_2026_12_04]);
    expect(db.verno).toBe(4);
    expect(await db.meta.get(NUDGE_INDEX)).toBeUndefined();
    expect(await countDue(db, T0, DEFAULT_SETTINGS)).toBeNull();
    expect((await loadDueNow(db, T0 + 400 * DAY, DEFAULT_SETTINGS)).length).toBe(planNudges(people, T0 + 400 * DAY, DEFAULT_SETTINGS).due.length);
  });

  // A test-only next version, declared here: adds an index on a new field and fills it from the notes.
  const NEXT_TEST: VersionDecl = {
    version: LATEST + 1,
    stores: { people: 'id, notesCount' },
    upgrade: async (tx: Transaction) => {
      const counts = new Map<string, number>();
      await tx.table('history').each((h: { personId: string; notes: unknown[] }) => counts.set(h.personId, h.notes.length));
      await tx.table('people').toCollection().modify((p: { id: string; notesCount?: number }) => {
        p.notesCount = counts.get(p.id) ?? 0;
      });
    },
  };

  it('the pattern, shown with a test-only next version: seed the latest, open them all plus the next, the upgrade has run', async () => {
    const { people, events, notes } = generate(4);
    const history = historyRows(events, [...notes, { ...notes[0]!, text: 'second' }]);
    const db = await upgradeFrom(LATEST, { people, history, summaries: people.map(summaryOf) }, [...VERSIONS, NEXT_TEST]);
    expect(db.verno).toBe(LATEST + 1);
    const rows = (await db.people.toArray()) as unknown as { id: string; notesCount: number }[];
    expect(rows.map((r) => r.notesCount)).toEqual([2, 1, 1, 1]);
    expect(await db.people.where('notesCount').equals(2).primaryKeys()).toEqual([people[0]!.id]);
    expect(await storedEvents(db)).toHaveLength(events.length);
  });
});
