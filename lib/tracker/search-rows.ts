import type { CoffeeChatDb } from './db';
import type { Summary } from './summaries';

/** What a search, a filter or the sort by name reads of a summary: no nudge view, so 10,000 stay small in memory. */
export type SearchRow = Omit<Summary, 'nudge' | 'nudgeFrom'>;

/** Rows per read: each read is its own task, so a keystroke or a paint can come between two. */
const CHUNK = 1000;

function toSearchRow(s: Summary): SearchRow {
  const r: SearchRow = { id: s.id, stage: s.stage, lastStepAt: s.lastStepAt, createdAt: s.createdAt, name: s.name, tags: s.tags, search: s.search };
  if (s.channel) r.channel = s.channel;
  return r;
}

/**
 * Every summary, as the list searches them, read in pieces by id: one read of all 10,000
 * (with their nudge views) held the page for its whole length. Only Dexie reads are awaited,
 * so a liveQuery sees each range and re-runs on a change to any of them.
 */
export async function searchRows(db: CoffeeChatDb): Promise<SearchRow[]> {
  const out: SearchRow[] = [];
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? db.summaries.orderBy(':id') : db.summaries.where(':id').above(last)).limit(CHUNK).toArray();
    for (let i = 0; i < chunk.length; i++) out.push(toSearchRow(chunk[i]!));
    if (chunk.length < CHUNK) return out;
    last = chunk[chunk.length - 1]!.id;
  }
}
