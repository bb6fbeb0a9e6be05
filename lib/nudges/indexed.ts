import type { Settings } from '../settings/schema';
import type { CoffeeChatDb } from '../tracker/db';
import { nudgeIndexMeta } from '../tracker/nudge-index';
import type { Summary } from '../tracker/summaries';
import { dueWithTitles, loadDueNow, type DueNow } from './due-now';
import { nextDueAt } from './engine';
import { NUDGE_WINDOW_MS } from './timeline';
import type { NudgePerson } from './types';

/**
 * Reads over the summaries' exact nudge index (timeline.ts, lib/tracker/nudge-index.ts): the badge count
 * from an index count, "Due now"'s first few and the next wake-up from the first keys of a range, so
 * only the people shown are read in full (Chromium's IndexedDB costs per record read). Each answers
 * exactly what the engine answers over everyone. When the index was built for other settings (or the
 * database has none) they decline: null (countDue, loadDueHead) or undefined (nextWake, whose null means
 * "never"), and the caller reads as before.
 */

/** Rows read at a time while walking an index in order; the answer is nearly always in the first. */
const BATCH = 8;

function answers(db: CoffeeChatDb, settings: Settings) {
  return nudgeIndexMeta(db).then((m) => db.nudgeIndexer !== undefined && m?.key === db.nudgeIndexer.key(settings));
}

const byId = (a: NudgePerson, b: NudgePerson) => (a.id < b.id ? -1 : 1);

/** Those due now through a bounded stretch (an agenda before its chat…), not already due from nudgeAt on. */
function dueInWindows(db: CoffeeChatDb, now: number, settings: Settings) {
  return db.summaries.where('nudgeWindows').between(now - NUDGE_WINDOW_MS, now, false, true).distinct().toArray().then((rows) => {
    const people = rows.filter((r) => r.nudge && !(r.nudgeAt !== undefined && r.nudgeAt <= now)).map((r) => r.nudge!);
    return dueWithTitles(people.sort(byId), now, settings);
  });
}

/** How many people have a nudge due at `now` (the badge), or null when the index can't say. */
export async function countDue(db: CoffeeChatDb, now: number, settings: Settings): Promise<number | null> {
  return db.transaction('r', db.summaries, db.meta, async () => {
    if (!(await answers(db, settings))) return null;
    const [tail, windows] = await Promise.all([db.summaries.where('nudgeAt').belowOrEqual(now).count(), dueInWindows(db, now, settings)]);
    return tail + windows.length;
  });
}

export interface DueHead {
  /** Everyone due now, as dueNudges counts them. */
  count: number;
  /** The first `n` of dueNudges' list (oldest due first), with titles. */
  first: DueNow[];
}

const order = (a: DueNow, b: DueNow) => a.dueAt - b.dueAt || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/**
 * "Due now" as the list shows it at first: the count and the oldest `n`. Someone due from nudgeAt on
 * shows a nudge due no earlier than nudgeAt (every rule's stretch that reaches past it starts there or
 * later), so walking nudgeAt upwards can stop once it passes the n-th best found.
 */
export async function loadDueHead(db: CoffeeChatDb, now: number, settings: Settings, n: number): Promise<DueHead | null> {
  return db.transaction('r', db.summaries, db.meta, async () => {
    const tail = db.summaries.where('nudgeAt').belowOrEqual(now);
    // One round trip for the usual answer: the check, the windows, the first n and the count go out together (bench: "Due now").
    const [ok, windows, head, total] = await Promise.all([answers(db, settings), dueInWindows(db, now, settings), tail.clone().limit(Math.max(n, 1)).toArray(), tail.count()]);
    if (!ok) return null;
    const count = windows.length + total;
    let first = windows.sort(order).slice(0, n);
    // Then a few at a time past the first n, rarely needed.
    for (let offset = 0, rows: Summary[] = head; ; offset += rows.length, rows = await tail.clone().offset(offset).limit(BATCH).toArray()) {
      for (const r of rows) {
        const nth = first[n - 1];
        if (nth && r.nudgeAt! > nth.dueAt) return { count, first };
        first = [...first, ...dueWithTitles([r.nudge!], now, settings)].sort(order).slice(0, n);
      }
      if (!rows.length || offset + rows.length >= total) return { count, first };
    }
  });
}

/**
 * The engine's nextDueAt over everyone: each moment it can name for a person is one of their
 * nudgeTimes after `now`, so walking that index upwards can stop at the first key at or after the
 * best moment found. A person shows up once per time; the first time is their earliest key.
 */
export async function nextWake(db: CoffeeChatDb, now: number, settings: Settings): Promise<number | null | undefined> {
  return db.transaction('r', db.summaries, db.meta, async () => {
    if (!(await answers(db, settings))) return undefined;
    const seen = new Set<string>();
    let best = Infinity;
    for (let offset = 0; ; offset += BATCH) {
      const rows = await db.summaries.where('nudgeTimes').above(now).offset(offset).limit(BATCH).toArray();
      for (const r of rows) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        const key = r.nudgeTimes!.find((t) => t > now)!;
        if (key >= best) return best === Infinity ? null : best;
        best = Math.min(best, nextDueAt([r.nudge!], now, settings) ?? Infinity);
      }
      if (rows.length < BATCH) return best === Infinity ? null : best;
    }
  });
}

/**
 * How many of "Due now" the lists get at first: the popup lists them all (folded under a profile's step),
 * the rest a link to the dashboard; the dashboard shows 5, and "Show all" reads everyone due.
 */
export const DUE_HEAD = 50;

export interface DueSet {
  count: number;
  /** The oldest `limit` due, as dueNudges lists them. */
  items: DueNow[];
}

/** "Due now" for the lists: the count and the oldest few, from the index; from every due person when it can't say. */
export async function loadDueSet(db: CoffeeChatDb, now: number, settings: Settings, limit = DUE_HEAD): Promise<DueSet> {
  const head = await loadDueHead(db, now, settings, limit);
  if (head) return { count: head.count, items: head.first };
  const all = await loadDueNow(db, now, settings);
  return { count: all.length, items: all.slice(0, limit) };
}
