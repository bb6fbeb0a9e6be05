import { mayNudge } from '../nudges/live';
import type { CoffeeChatDb } from './db';
import { nudgeCodec, type Tuple } from './pack-codec';
import { ListRow, toNudgeRow } from './rows';
import type { Person } from './schema';

/**
 * Derived rows, packed: the list's row of every person (rows.ts ListRow) and the nudge rules'
 * view of the people who can nudge (NudgePerson, lib/nudges/live.ts), each kind spread over
 * BUCKETS records by a hash of the person's id, each record an array of tuples (pack-codec.ts).
 * Why packed: Chromium's IndexedDB costs ~8 µs per record before the value is even read, so
 * 10,000 one-row records took ~80 ms where 16 packs take ~10 ms, and the dashboard no longer
 * reads 10,000 LinkedIn profiles to list them. A write rewrites only its person's 1/16th.
 * Kept in the same transaction as every people write by packs-middleware.ts, whoever writes.
 */
export interface PackRow {
  /** "<kind>:<bucket>". */
  key: string;
  /** The kind's rows, each a tuple of plain values (rows.ts, pack-codec.ts). */
  rows: Tuple[];
}

export const PACKS_TABLE = 'packs';
export const BUCKETS = 16;
/** Bump when a row's shape, its codec or mayNudge changes: every database rebuilds its packs on next open. */
// 2 (2026-11-22): mayNudge keeps people in "scheduled" who still owe a thank-you for the last chat.
// 3 (2026-12-03): mayNudge keeps people in "scheduled" whose chat was never marked held (chat-happened).
export const PACKS_VERSION = 3;
const MARK_KEY = 'packs-version';

const KINDS = {
  list: { derive: ListRow.tuple, decode: (t: Tuple) => new ListRow(t) },
  nudge: {
    derive: (p: Person) => {
      const row = toNudgeRow(p);
      return mayNudge(row) ? nudgeCodec.encode(row) : null;
    },
    decode: nudgeCodec.decode,
  },
};
export type PackKind = keyof typeof KINDS;
type Decoded<K extends PackKind> = ReturnType<(typeof KINDS)[K]['decode']>;

/** FNV-1a: stable across pages and versions, so a person's rows always live in the same pack. */
function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The changed people (null: deleted), as the tuple each pack should now hold per id (null: none). */
export function packChanges(changes: ReadonlyMap<string, Person | null>): Map<string, Map<string, Tuple | null>> {
  const byKey = new Map<string, Map<string, Tuple | null>>();
  for (const [id, p] of changes) {
    for (const kind of Object.keys(KINDS) as PackKind[]) {
      const key = `${kind}:${bucketOf(id)}`;
      if (!byKey.has(key)) byKey.set(key, new Map());
      byKey.get(key)!.set(id, p ? KINDS[kind].derive(p) : null);
    }
  }
  return byKey;
}

/** A pack's new value: its stored rows (undefined when new) with the changes applied. */
export function applyToPack(key: string, stored: PackRow | undefined, changes: ReadonlyMap<string, Tuple | null>): PackRow {
  const rows = new Map<unknown, Tuple>(stored ? stored.rows.map((t) => [t[0], t]) : []);
  for (const [id, t] of changes) {
    if (t) rows.set(id, t);
    else rows.delete(id);
  }
  return { key, rows: [...rows.values()] };
}

/** Every row of one kind, in no particular order. */
export async function readPack<K extends PackKind>(db: CoffeeChatDb, kind: K): Promise<Decoded<K>[]> {
  const packs = await db.packs.where('key').startsWith(`${kind}:`).toArray();
  const decode = KINDS[kind].decode as (t: Tuple) => Decoded<K>;
  const rows: Decoded<K>[] = [];
  // Indexed loops: this runs once per page, before the optimizer, where for…of allocates per step.
  for (let i = 0; i < packs.length; i++) {
    const tuples = packs[i]!.rows;
    for (let j = 0; j < tuples.length; j++) rows.push(decode(tuples[j]!));
  }
  return rows;
}

/**
 * Rebuilds the packs from the people when they were written by something that didn't keep
 * them (a raw seed, an older build) or their shape changed (PACKS_VERSION). Runs on every
 * open; costs one key read when the packs are current.
 */
export async function ensurePacks(db: CoffeeChatDb): Promise<void> {
  if ((await db.meta.get(MARK_KEY))?.value === PACKS_VERSION) return;
  await db.transaction('rw', [db.people, db.packs, db.meta], async () => {
    const people = await db.people.toArray();
    await db.packs.clear();
    const byKey = packChanges(new Map(people.map((p) => [p.id, p])));
    await db.packs.bulkPut([...byKey].map(([key, changes]) => applyToPack(key, undefined, changes)));
    await db.meta.put({ key: MARK_KEY, value: PACKS_VERSION });
  });
}

/** Meta keys that describe the stored data itself, so deleting everything keeps them. */
export const KEPT_META = [MARK_KEY];
