import type { CoffeeChatDb } from './db';
import type { Channel, Person, Stage } from './schema';
import { searchText } from './search-text';
import { readRev } from './tx';

/** The few fields a list filters and sorts on; whole people are fetched only for the page shown. */
export interface ListRow {
  id: string;
  search: string;
  stage: Stage;
  channel?: Channel;
  tags: string[];
  lastStepAt: number;
  createdAt: number;
  name: string;
}

const caches = new WeakMap<CoffeeChatDb, { rev: number; rows: ListRow[] }>();

// Rows written before `search` existed (or seeded raw by an upgrade test) still match by name.
function toRow(p: Person): ListRow {
  const channel = p.askChannel ?? p.draft?.channel;
  return {
    id: p.id, search: p.search || searchText(p, []), stage: p.stage, tags: p.tags.map((t) => t.toLowerCase()),
    lastStepAt: p.lastStepAt, createdAt: p.createdAt, name: p.name.toLowerCase(), ...(channel ? { channel } : {}),
  };
}

/**
 * Every person's list row, from memory while nothing was written. Each write bumps the
 * revision in `meta` (tx.ts), from this page or another, so a stale cache reloads; typing
 * a search costs one key read and the page's fetch, not a scan of 10,000 profiles.
 */
export async function listRows(db: CoffeeChatDb): Promise<ListRow[]> {
  return db.transaction('r', [db.people, db.meta], async () => {
    const rev = await readRev(db);
    const cached = caches.get(db);
    if (cached?.rev === rev) return cached.rows;
    const rows = (await db.people.toArray()).map(toRow);
    caches.set(db, { rev, rows });
    return rows;
  });
}
