import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { listPeople } from '../../../lib/tracker/queries';
import { recordSent } from '../../../lib/tracker/record';
import { historyRows } from '../../../lib/tracker/history';
import { VERSIONS, V1_2026_11_22, type VersionDecl } from '../../../lib/tracker/versions';
import { generate } from './generate';
import { T0, storedEvents, upgradeFrom } from './helpers';

/**
 * The pattern for every future migration: seed rows as the old version stored them, open
 * with the full list, check the rows. The next real version adds a constant to versions.ts
 * and a test like the v2 one below.
 */
describe('database versions', () => {
  it('versions are numbered 1, 2, … in order, the first release is 1', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(VERSIONS[0]).toBe(V1_2026_11_22);
  });

  it('v1 opens with seeded data and the tracker works on it', async () => {
    const { people, events, notes } = generate(3);
    const db = await upgradeFrom(1, { people, history: historyRows(events, notes) });
    expect(db.verno).toBe(VERSIONS.length);
    expect((await listPeople(db)).total).toBe(3);
    await expect(recordSent(db, people[0]!.id, { channel: 'message', text: 'Hi', at: T0 })).resolves.toMatchObject({ stage: 'sent' });
  });

  // A test-only next version, declared here: adds an index on a new field and fills it from the notes.
  const V2_TEST: VersionDecl = {
    version: VERSIONS.length + 1,
    stores: { people: 'id, notesCount' },
    upgrade: async (tx: Transaction) => {
      const counts = new Map<string, number>();
      await tx.table('history').each((h: { personId: string; notes: unknown[] }) => counts.set(h.personId, h.notes.length));
      await tx.table('people').toCollection().modify((p: { id: string; notesCount?: number }) => {
        p.notesCount = counts.get(p.id) ?? 0;
      });
    },
  };

  it('the pattern, shown with a test-only v2: seed v1, open v1+v2, the upgrade has run', async () => {
    const { people, events, notes } = generate(4);
    const history = historyRows(events, [...notes, { ...notes[0]!, text: 'second' }]);
    const db = await upgradeFrom(1, { people, history }, [...VERSIONS, V2_TEST]);
    expect(db.verno).toBe(VERSIONS.length + 1);
    const rows = (await db.people.toArray()) as unknown as { id: string; notesCount: number }[];
    expect(rows.map((r) => r.notesCount)).toEqual([2, 1, 1, 1]);
    expect(await db.people.where('notesCount').equals(2).primaryKeys()).toEqual([people[0]!.id]);
    expect(await storedEvents(db)).toHaveLength(12);
  });
});
