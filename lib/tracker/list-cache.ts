import type { CoffeeChatDb } from './db';
import { readPack } from './packs';
import type { ListRow } from './rows';
import { readRev } from './tx';

export type { ListRow } from './rows';
export type RowOrder = (a: ListRow, b: ListRow) => number;

interface Cache {
  rev: number;
  rows: Promise<ListRow[]>;
  /** The rows sorted, per order: a keystroke filters in order, it never sorts 10,000 rows. */
  sorted: Map<RowOrder, Promise<ListRow[]>>;
}
const caches = new WeakMap<CoffeeChatDb, Cache>();

/**
 * Every person's list row, from memory while nothing was written, in `order` when given.
 * Each write bumps the revision in `meta` (tx.ts), from this page or another, so a stale cache
 * reloads; typing a search costs one key read and the page's fetch. A reload reads the packed
 * rows (packs.ts), never the 10,000 profiles, and callers asking at once (the list, its tag
 * filter) share it. The revision is read first: rows read after it are at least that new,
 * and a write in between only costs one more reload.
 */
export async function listRows(db: CoffeeChatDb, order?: RowOrder): Promise<readonly ListRow[]> {
  const rev = await readRev(db);
  let cache = caches.get(db);
  if (cache?.rev !== rev) {
    const fresh: Cache = { rev, rows: readPack(db, 'list'), sorted: new Map() };
    fresh.rows.catch(() => caches.get(db) === fresh && caches.delete(db));
    caches.set(db, (cache = fresh));
  }
  if (!order) return cache.rows;
  let sorted = cache.sorted.get(order);
  if (!sorted) cache.sorted.set(order, (sorted = cache.rows.then((rows) => [...rows].sort(order))));
  return sorted;
}
