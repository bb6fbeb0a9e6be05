import type { Settings } from '../settings/schema';
import type { CoffeeChatDb } from './db';
import type { NudgePerson, Summary } from './summaries';
import { write } from './tx';

/**
 * The summaries' exact nudge index (docs/ARCHITECTURE.md, "The store"): when each person is due under the
 * user's current settings, so the badge count, "Due now" and the next wake-up come from index ranges
 * rather than from reading every due person. The moments come from the rules (lib/nudges/timeline.ts);
 * the tracker sits below them, so whoever opens the database passes them in (lib/shared/tracker-db.ts)
 * as a NudgeIndexer, and the settings they were built under are kept in `meta` under NUDGE_INDEX.
 * Without an indexer, or for other settings, readers fall back to the rules over every candidate.
 */
export interface NudgeIndex {
  /** From this moment on the person is due (the start of their unbounded due stretch). */
  nudgeAt?: number;
  /** Starts of chunks (at most NUDGE_WINDOW_MS long) of bounded due stretches before nudgeAt. */
  nudgeWindows?: number[];
  /** Every moment the person's due state can change. */
  nudgeTimes?: number[];
}

export interface NudgeIndexer {
  of(p: NudgePerson, s: Settings): NudgeIndex;
  /** What of the settings the index depends on (two settings with one key give the same index). */
  key(s: Settings): string;
}

export const NUDGE_INDEX = 'nudge-index';
export interface NudgeIndexMeta {
  key: string;
  settings: Settings;
}

/** The settings the index is built under. A Dexie promise, not an async function's: awaited inside a
 *  transaction, a native promise lets it commit early (PrematureCommitError). */
export function nudgeIndexMeta(db: Pick<CoffeeChatDb, 'meta'>) {
  return db.meta.get(NUDGE_INDEX).then((row) => (row?.value as NudgeIndexMeta | undefined) ?? null);
}

const sameList = (a: number[] | undefined, b: number[] | undefined) => (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);
const sameIndex = (a: NudgeIndex, b: NudgeIndex) => a.nudgeAt === b.nudgeAt && sameList(a.nudgeTimes, b.nudgeTimes) && sameList(a.nudgeWindows, b.nudgeWindows);

/** The summary with its index fields under `s` (none without a nudge view). */
export function indexed(s: Summary, indexer: NudgeIndexer, settings: Settings): Summary {
  const { nudgeAt: _a, nudgeWindows: _w, nudgeTimes: _t, ...rest } = s;
  return rest.nudge ? { ...rest, ...indexer.of(rest.nudge, settings) } : rest;
}

/** How this write indexes summaries: under the stored settings, when the database has an indexer. */
export function indexerFor(db: CoffeeChatDb) {
  const indexer = db.nudgeIndexer;
  return nudgeIndexMeta(db).then((meta) => (indexer && meta ? (s: Summary) => indexed(s, indexer, meta.settings) : null));
}

/**
 * Makes the index answer for `settings`: a no-op when it already does; otherwise every nudging
 * summary (about 3,750 at 10,000 people) is re-indexed in one write, rewriting only those whose
 * moments moved, with the settings kept beside them. The background calls it before each refresh, so a settings change rebuilds once.
 */
export async function ensureNudgeIndex(db: CoffeeChatDb, settings: Settings): Promise<boolean> {
  const indexer = db.nudgeIndexer;
  if (!indexer) return false;
  const key = indexer.key(settings);
  if ((await nudgeIndexMeta(db))?.key === key) return false;
  await write(db, async () => {
    if ((await nudgeIndexMeta(db))?.key === key) return;
    const rows = await db.summaries.where('nudgeFrom').aboveOrEqual(-Infinity).toArray();
    // Only the rows whose moments moved: a longer check-in wait touches only the people waiting on one.
    const changed = rows.map((s) => indexed(s, indexer, settings)).filter((s, i) => !sameIndex(s, rows[i]!));
    await db.summaries.bulkPut(changed);
    await db.meta.put({ key: NUDGE_INDEX, value: { key, settings } satisfies NudgeIndexMeta });
  });
  return true;
}
