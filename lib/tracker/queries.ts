import { isTime } from '../time-schema';
import { readablePerson } from './readable';
import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { readHistory } from './history';
import { STAGES, type Channel, type Note, type OutreachEvent, type Person, type Stage } from './schema';
import { fold } from './search-text';
import type { SearchRow } from './search-rows';

export interface ListQuery {
  /** As typed: every word must appear in the name, company, headline, tags or notes. */
  q?: string;
  stage?: Stage | readonly Stage[];
  channel?: Channel;
  tag?: string;
  sort?: 'recent' | 'name' | 'created';
  offset?: number;
  limit?: number;
  /**
   * Leave out the per-stage counts where they would cost reads of their own (no search or filter):
   * IndexedDB counts an index by walking it, which took longer than the page itself at 10,000
   * people. The result is then `partial`, its counts zero and its total unknown; countByStage fills them.
   */
  countsLater?: boolean;
}

export interface ListResult {
  people: Person[];
  /** How many match, for "1–50 of 312". */
  total: number;
  /** Matches per stage for the same search and filters, ignoring the stage filter (for tabs). */
  counts: Record<Stage, number>;
  /** Asked with countsLater and read straight from the indexes: counts and total were not worked out. */
  partial?: true;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
// Newest first. Compared, not subtracted: differences of epoch ms would be boxed numbers.
const newest = (a: number, b: number) => (a > b ? -1 : a < b ? 1 : 0);
type RowOrder = (a: SearchRow, b: SearchRow) => number;
const SORTS: Record<NonNullable<ListQuery['sort']>, RowOrder> = {
  recent: (a, b) => newest(a.lastStepAt, b.lastStepAt) || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  created: (a, b) => newest(a.createdAt, b.createdAt) || collator.compare(a.name, b.name),
};
/** The summaries' index for each sort that IndexedDB can order by itself (newest first). */
const INDEXED_SORTS = { recent: 'lastStepAt', created: 'createdAt' } as const;

export function emptyCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
}

/**
 * The people list: search, filter, sort by last activity (default) and one page of results.
 * Without a search or filter it reads only the page and the counts, through the summaries'
 * indexes. A search reads every summary, or filters `rows` when the caller holds them
 * (the dashboard keeps them in a live query, so a keystroke touches no storage).
 */
export async function listPeople(db: CoffeeChatDb, query: ListQuery = {}, rows?: readonly SearchRow[]): Promise<ListResult> {
  const stages = query.stage === undefined ? null : new Set(typeof query.stage === 'string' ? [query.stage] : query.stage);
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? 50);
  const sort = query.sort ?? 'recent';
  const filtered = !!(fold(query.q ?? '').trim() || query.tag || query.channel);
  if (!filtered && sort !== 'name' && !rows) return indexedPage(db, stages, INDEXED_SORTS[sort], offset, limit, !query.countsLater);
  const { ids, total, counts } = filterRows(rows ?? (await db.summaries.toArray()), query, stages, offset, limit);
  return { people: await peopleIn(db, ids), total, counts };
}

async function indexedPage(db: CoffeeChatDb, stages: Set<Stage> | null, index: string, offset: number, limit: number, withCounts: boolean): Promise<ListResult> {
  const counts = withCounts ? await countByStage(db) : emptyCounts();
  const total = stagesTotal(counts, stages);
  let ordered = db.summaries.orderBy(index).reverse();
  if (stages) ordered = ordered.filter((r) => stages.has(r.stage));
  const ids = await ordered.offset(offset).limit(limit).primaryKeys();
  const people = await peopleIn(db, ids);
  return withCounts ? { people, total, counts } : { people, total, counts, partial: true };
}

/** How many people are in the stages shown (all when none is picked). */
export function stagesTotal(counts: Record<Stage, number>, stages: ReadonlySet<Stage> | null): number {
  return STAGES.reduce((n, s) => n + (!stages || stages.has(s) ? counts[s] : 0), 0);
}

/** One page of ids from summaries held in memory, with the total and the per-stage counts. */
export function filterRows(
  all: readonly SearchRow[], query: ListQuery, stages: Set<Stage> | null, offset: number, limit: number,
): { ids: string[]; total: number; counts: Record<Stage, number> } {
  const terms = fold(query.q ?? '').split(/\s+/).filter(Boolean);
  const tag = query.tag?.toLowerCase();
  const counts = emptyCounts();
  const matched: SearchRow[] = [];
  // Indexed loops: a for…of here allocated an iterator per row, a megabyte per few keystrokes.
  for (let i = 0; i < all.length; i++) {
    const r = all[i]!;
    if (query.channel && r.channel !== query.channel) continue;
    if (tag && !hasTag(r.tags, tag)) continue;
    if (!hasAll(r.search, terms)) continue;
    counts[r.stage]++;
    if (!stages || stages.has(r.stage)) matched.push(r);
  }
  matched.sort(SORTS[query.sort ?? 'recent']);
  return { ids: matched.slice(offset, offset + limit).map((r) => r.id), total: matched.length, counts };
}

async function peopleIn(db: CoffeeChatDb, ids: string[]): Promise<Person[]> {
  return (await db.people.bulkGet(ids)).filter((p): p is Person => p !== undefined).map(readablePerson);
}

function hasAll(search: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (!search.includes(terms[i]!)) return false;
  return true;
}

function hasTag(tags: readonly string[], lower: string): boolean {
  for (let i = 0; i < tags.length; i++) if (tags[i]!.toLowerCase() === lower) return true;
  return false;
}

/** People per stage over the whole tracker: one index count per stage. */
export async function countByStage(db: CoffeeChatDb): Promise<Record<Stage, number>> {
  const n = await Promise.all(STAGES.map((s) => db.summaries.where('stage').equals(s).count()));
  return Object.fromEntries(STAGES.map((s, i) => [s, n[i]!])) as Record<Stage, number>;
}

/** A person by id or by any link to their profile. */
export async function getPerson(db: CoffeeChatDb, idOrUrl: string): Promise<Person | undefined> {
  const p = await db.people.get(canonicalProfileUrl(idOrUrl) ?? idOrUrl);
  return p && readablePerson(p);
}

/** Every tag in use, sorted (by code unit, as IndexedDB orders keys), for the tag filter: the multi-entry index's keys. */
export async function allTags(db: CoffeeChatDb): Promise<string[]> {
  return (await db.summaries.orderBy('tags').uniqueKeys()) as string[];
}

export type TimelineItem = { kind: 'event'; at: number; event: OutreachEvent } | { kind: 'note'; at: number; note: Note };

/** Steps and notes in time order, oldest first (ties keep the order they were recorded). */
export async function personTimeline(db: CoffeeChatDb, personId: string): Promise<TimelineItem[]> {
  const { events, notes } = await readHistory(db, personId);
  // A step or note whose time can't be read still shows, first, rather than breaking the page.
  const at = (t: unknown) => (isTime(t) ? t : 0);
  const items: TimelineItem[] = [
    ...events.map((event) => ({ kind: 'event' as const, at: at(event.at), event })),
    ...notes.map((note) => ({ kind: 'note' as const, at: at(note.at), note })),
  ];
  return items.sort((a, b) => a.at - b.at || (a.kind === b.kind ? idOf(a) - idOf(b) : a.kind === 'event' ? -1 : 1));
}

function idOf(i: TimelineItem): number {
  return (i.kind === 'event' ? i.event.id : i.note.id) ?? 0;
}

/** When each connection-note ask went out, oldest first: the monthly note budget counts these. */
export async function sentNoteTimes(db: CoffeeChatDb): Promise<number[]> {
  // The index's keys alone, in order: no person's history is read.
  return (await db.history.orderBy('noteSends').keys()) as number[];
}
