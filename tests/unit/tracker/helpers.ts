import { expect } from 'vitest';
import Dexie from 'dexie';
import { emptyProfile, type Profile } from '../../../lib/linkedin/schema';
import { declareVersions, openDb, type CoffeeChatDb } from '../../../lib/tracker/db';
import { historyRows } from '../../../lib/tracker/history';
import type { NudgeIndexer } from '../../../lib/tracker/nudge-index';
import { upsertPerson } from '../../../lib/tracker/people';
import type { Note, OutreachEvent, Person } from '../../../lib/tracker/schema';
import { putPeople } from '../../../lib/tracker/summaries';
import { write } from '../../../lib/tracker/tx';
import { VERSIONS, type VersionDecl } from '../../../lib/tracker/versions';

let n = 0;
/** A database no other test has touched. */
export function freshDb(): CoffeeChatDb {
  return openDb(`test-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export const T0 = Date.UTC(2026, 10, 22, 9, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function profile(slug: string, over: Partial<Profile> = {}): Profile {
  return {
    ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, slug),
    fullName: 'Marisol Vega',
    firstName: 'Marisol',
    headline: 'Staff engineer at Lumen',
    current: { title: 'Staff engineer', company: 'Lumen' },
    ...over,
  };
}

export async function person(db: CoffeeChatDb, slug = 'marisol-vega', over: Partial<Profile> = {}, at = T0): Promise<Person> {
  return upsertPerson(db, profile(slug, over), at);
}

/**
 * The upgrade-test pattern (docs/ARCHITECTURE.md, "The store"): create the database as version `from` knew it,
 * with raw rows written through a plain Dexie that declares only versions ≤ from, close it,
 * then open it with the full list so Dexie runs every later upgrade.
 */
export async function upgradeFrom(
  from: number,
  seed: Record<string, unknown[]>,
  versions: readonly VersionDecl[] = VERSIONS,
  open: { nudgeIndexer?: NudgeIndexer } = {},
): Promise<CoffeeChatDb> {
  const name = `upgrade-${from}-${++n}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  declareVersions(old, versions.filter((v) => v.version <= from));
  await old.open();
  expect(old.verno).toBe(from);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = openDb(name, { versions, ...open });
  await db.open();
  return db;
}

/** Every stored event, across people, in the order recorded (ids ascending). */
export async function storedEvents(db: CoffeeChatDb): Promise<OutreachEvent[]> {
  return (await db.history.toArray()).flatMap((h) => h.events).sort((a, b) => a.id! - b.id!);
}

/** Every stored note, across people, in the order added (ids ascending). */
export async function storedNotes(db: CoffeeChatDb): Promise<Note[]> {
  return (await db.history.toArray()).flatMap((h) => h.notes).sort((a, b) => a.id! - b.id!);
}

/** Writes generated people, events and notes straight into the tables, as the bench does. */
export async function seed(db: CoffeeChatDb, data: { people: Person[]; events: Omit<OutreachEvent, 'id'>[]; notes: Omit<Note, 'id'>[] }) {
  await write(db, async () => {
    await putPeople(db, data.people);
    await db.history.bulkAdd(historyRows(data.events, data.notes));
  });
}

/** Stores people as they are (any state), through the tracker's one write path. */
export async function storePeople(db: CoffeeChatDb, people: readonly Person[]): Promise<void> {
  await write(db, () => putPeople(db, people));
}

/** Everything stored, for "nothing changed" checks. */
export async function snapshot(db: CoffeeChatDb) {
  return { people: await db.people.toArray(), events: await storedEvents(db), notes: await storedNotes(db) };
}
