import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { readHistory } from './history';
import { listRows, type RowOrder } from './list-cache';
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
// Newest first. Compared, not subtracted: differences of epoch ms would be boxed numbers.
const newest = (a: number, b: number) => (a > b ? -1 : a < b ? 1 : 0);
const SORTS: Record<NonNullable<ListQuery['sort']>, RowOrder> = {
  recent: (a, b) => newest(a.lastStepAt, b.lastStepAt) || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  created: (a, b) => newest(a.createdAt, b.createdAt) || collator.compare(a.name, b.name),
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
  const offset = Math.max(0, query.offset ?? 0);
  const end = offset + Math.max(0, query.limit ?? 50);
  const page: string[] = [];
  let total = 0;
  // Rows come sorted (list-cache.ts), so a keystroke only filters, and allocates nothing per row.
  const rows = await listRows(db, SORTS[query.sort ?? 'recent']);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (query.channel && r.channel !== query.channel) continue;
    if (tag && !hasTag(r.tags, tag)) continue;
    if (!hasAll(r.search, terms)) continue;
    counts[r.stage]++;
    if (stages && !stages.has(r.stage)) continue;
    if (total >= offset && total < end) page.push(r.id);
    total++;
  }
  const people = await db.people.bulkGet(page);
  return { people: people.filter((p): p is Person => p !== undefined), total, counts };
}

// Indexed loops: a for…of here allocated an iterator per row, a megabyte per few keystrokes.
function hasAll(search: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (!search.includes(terms[i]!)) return false;
  return true;
}

function hasTag(tags: readonly string[], lower: string): boolean {
  for (let i = 0; i < tags.length; i++) if (tags[i]!.toLowerCase() === lower) return true;
  return false;
}

/** People per stage over the whole tracker. */
export async function countByStage(db: CoffeeChatDb): Promise<Record<Stage, number>> {
  const counts = emptyCounts();
  const rows = await listRows(db);
  for (let i = 0; i < rows.length; i++) counts[rows[i]!.stage]++;
  return counts;
}

/** A person by id or by any link to their profile. */
export async function getPerson(db: CoffeeChatDb, idOrUrl: string): Promise<Person | undefined> {
  return db.people.get(canonicalProfileUrl(idOrUrl) ?? idOrUrl);
}

/** Every tag in use, sorted (by code unit, as IndexedDB orders keys), for the tag filter. */
export async function allTags(db: CoffeeChatDb): Promise<string[]> {
  const tags = new Set<string>();
  const rows = await listRows(db);
  for (let i = 0; i < rows.length; i++) for (const t of rows[i]!.tags) tags.add(t);
  return [...tags].sort();
}

export type TimelineItem = { kind: 'event'; at: number; event: OutreachEvent } | { kind: 'note'; at: number; note: Note };

/** Steps and notes in time order, oldest first (ties keep the order they were recorded). */
export async function personTimeline(db: CoffeeChatDb, personId: string): Promise<TimelineItem[]> {
  const { events, notes } = await readHistory(db, personId);
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
  // The index's keys alone, in order: no person's history is read.
  return (await db.history.orderBy('noteSends').keys()) as number[];
}
