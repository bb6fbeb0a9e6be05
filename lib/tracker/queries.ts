import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { listRows, type ListRow } from './list-cache';
import { STAGES, type Channel, type Note, type OutreachEvent, type Person, type Stage } from './schema';
import { fold } from './search-text';

export interface ListQuery {
  /** As typed: every word must appear in the name, company, headline, tags or notes. */
  q?: string;
  stage?: Stage | readonly Stage[];
  channel?: Channel;
  tag?: string;
  sort?: 'recent' | 'name' | 'created';
  offset?: number;
  limit?: number;
}

export interface ListResult {
  people: Person[];
  /** How many match, for "1–50 of 312". */
  total: number;
  /** Matches per stage for the same search and filters, ignoring the stage filter (for tabs). */
  counts: Record<Stage, number>;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const SORTS: Record<NonNullable<ListQuery['sort']>, (a: ListRow, b: ListRow) => number> = {
  recent: (a, b) => b.lastStepAt - a.lastStepAt || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  created: (a, b) => b.createdAt - a.createdAt || collator.compare(a.name, b.name),
};

export function emptyCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
}

/** The people list: search, filter, sort by last activity (default) and one page of results. */
export async function listPeople(db: CoffeeChatDb, query: ListQuery = {}): Promise<ListResult> {
  const terms = fold(query.q ?? '').split(/\s+/).filter(Boolean);
  const tag = query.tag?.toLowerCase();
  const stages = query.stage === undefined ? null : new Set(typeof query.stage === 'string' ? [query.stage] : query.stage);
  const counts = emptyCounts();
  const hits: ListRow[] = [];
  for (const r of await listRows(db)) {
    if (query.channel && r.channel !== query.channel) continue;
    if (tag && !r.tags.includes(tag)) continue;
    if (!terms.every((t) => r.search.includes(t))) continue;
    counts[r.stage]++;
    if (!stages || stages.has(r.stage)) hits.push(r);
  }
  hits.sort(SORTS[query.sort ?? 'recent']);
  const offset = Math.max(0, query.offset ?? 0);
  const page = hits.slice(offset, offset + Math.max(0, query.limit ?? 50));
  const people = await db.people.bulkGet(page.map((r) => r.id));
  return { people: people.filter((p): p is Person => p !== undefined), total: hits.length, counts };
}

/** People per stage over the whole tracker. */
export async function countByStage(db: CoffeeChatDb): Promise<Record<Stage, number>> {
  const counts = emptyCounts();
  await Promise.all(STAGES.map(async (s) => void (counts[s] = await db.people.where('stage').equals(s).count())));
  return counts;
}

/** A person by id or by any link to their profile. */
export async function getPerson(db: CoffeeChatDb, idOrUrl: string): Promise<Person | undefined> {
  return db.people.get(canonicalProfileUrl(idOrUrl) ?? idOrUrl);
}

/** Every tag in use, sorted, for the tag filter. */
export async function allTags(db: CoffeeChatDb): Promise<string[]> {
  return (await db.people.orderBy('tags').uniqueKeys()).map(String);
}

export type TimelineItem = { kind: 'event'; at: number; event: OutreachEvent } | { kind: 'note'; at: number; note: Note };

/** Steps and notes in time order, oldest first (ties keep the order they were recorded). */
export async function personTimeline(db: CoffeeChatDb, personId: string): Promise<TimelineItem[]> {
  const [events, notes] = await Promise.all([
    db.events.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).toArray(),
    db.notes.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).toArray(),
  ]);
  const items: TimelineItem[] = [
    ...events.map((event) => ({ kind: 'event' as const, at: event.at, event })),
    ...notes.map((note) => ({ kind: 'note' as const, at: note.at, note })),
  ];
  return items.sort((a, b) => a.at - b.at || (a.kind === b.kind ? idOf(a) - idOf(b) : a.kind === 'event' ? -1 : 1));
}

function idOf(i: TimelineItem): number {
  return (i.kind === 'event' ? i.event.id : i.note.id) ?? 0;
}

/** When each connection-note ask went out, oldest first: the monthly note budget counts these. */
export async function sentNoteTimes(db: CoffeeChatDb): Promise<number[]> {
  const sent = await db.events.where('type').equals('sent').filter((e) => e.channel === 'connection-note').toArray();
  return sent.map((e) => e.at).sort((a, b) => a - b);
}
