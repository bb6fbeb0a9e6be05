import type { CoffeeChatDb } from './db';
import type { Note, OutreachEvent } from './schema';

/**
 * A person's step log and notes, one record per person. Not a record per event and note:
 * Chromium's IndexedDB costs ~60 µs per record written, so importing 10,000 people with
 * 30,000 events and 10,000 notes spent 3.5 s on those records alone; grouped, they are 10,000.
 * Everything reads them per person anyway (timeline, undo, search text), except through
 * the two indexed fields below.
 */
export interface HistoryRow {
  personId: string;
  /** In the order recorded (ids ascending): undo takes back the last one. After an import merged
   *  two copies that diverged, in time order and without undo (import-merge.ts). */
  events: OutreachEvent[];
  notes: Note[];
  /** Derived on every save, for indexes: deleteNote finds a note's person by its id. */
  noteIds: number[];
  /** Derived on every save: when connection-note messages went out (the monthly note budget). */
  noteSends: number[];
  /** An import interleaved this log with another copy's (import-merge.ts): no undo behind that. */
  merged?: true;
}

export const emptyHistory = (personId: string): HistoryRow => ({ personId, events: [], notes: [], noteIds: [], noteSends: [] });

export async function readHistory(db: CoffeeChatDb, personId: string): Promise<HistoryRow> {
  return (await db.history.get(personId)) ?? emptyHistory(personId);
}

/** The row with its indexed fields brought up to date. */
export function indexed(h: HistoryRow): HistoryRow {
  const noteSends = h.events.filter((e) => e.type === 'sent' && e.channel === 'connection-note').map((e) => e.at);
  return { ...h, noteIds: h.notes.map((n) => n.id!), noteSends };
}

/** Stores a person's history (inside a write), or removes the record when nothing is left in it. */
export async function saveHistory(db: CoffeeChatDb, h: HistoryRow): Promise<void> {
  if (h.events.length || h.notes.length) await db.history.put(indexed(h));
  else await db.history.delete(h.personId);
}

const NEXT_ID = 'next-id';

/**
 * Reserves `n` ids for events and notes, one sequence for both (inside a write). Rows seeded
 * without the counter (tests, the bench) are read once to continue after their largest id.
 */
export async function reserveIds(db: CoffeeChatDb, n: number): Promise<number> {
  const row = await db.meta.get(NEXT_ID);
  let first = typeof row?.value === 'number' ? row.value : 1;
  if (!row) await db.history.each((h) => void (first = Math.max(first, ...h.events.map((e) => e.id! + 1), ...h.notes.map((x) => x.id! + 1))));
  await db.meta.put({ key: NEXT_ID, value: first + n });
  return first;
}

/** Appends one step to a person's log (inside a write). */
export async function addEvent(db: CoffeeChatDb, e: Omit<OutreachEvent, 'id'>): Promise<OutreachEvent> {
  const h = await readHistory(db, e.personId);
  const event: OutreachEvent = { ...e, id: await reserveIds(db, 1) };
  await saveHistory(db, { ...h, events: [...h.events, event] });
  return event;
}

/**
 * Histories from lists of events and notes (an import, a seed), each given the next id from
 * `firstId` in list order, added to `rows` (the people's stored histories, changed in place).
 */
export function groupHistory(rows: Map<string, HistoryRow>, events: readonly Omit<OutreachEvent, 'id'>[], notes: readonly Omit<Note, 'id'>[], firstId: number): Map<string, HistoryRow> {
  const row = (id: string) => rows.get(id) ?? rows.set(id, emptyHistory(id)).get(id)!;
  let next = firstId;
  for (const e of events) row(e.personId).events.push({ ...e, id: next++ });
  for (const n of notes) row(n.personId).notes.push({ ...n, id: next++ });
  return rows;
}

/** Stored rows for lists of events and notes, ids 1, 2, … in list order (seeding an empty tracker). */
export function historyRows(events: readonly Omit<OutreachEvent, 'id'>[], notes: readonly Omit<Note, 'id'>[]): HistoryRow[] {
  return [...groupHistory(new Map(), events, notes, 1).values()].map(indexed);
}
