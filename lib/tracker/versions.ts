import type { Transaction } from 'dexie';
import { DEFAULT_SETTINGS } from '../settings/schema';
import type { CoffeeChatDb } from './db';
import { V3_2026_12_03 } from './mentorship-tables';
import { NUDGE_INDEX, indexed, type NudgeIndexMeta } from './nudge-index';
import type { Summary } from './summaries';
import type { Person } from './schema';
import { summaryOf } from './summaries';

/**
 * Every schema version the database has shipped, oldest first. A new version is one more
 * constant here plus a test in tests/unit/tracker/db-upgrade.test.ts that seeds the previous
 * version and opens this one (docs/ARCHITECTURE.md, "Schema versions"). Never edit a shipped version: add the next.
 */
export interface VersionDecl {
  version: number;
  /** Dexie store specs for the tables this version adds or changes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites existing rows when the shape of the data changes. */
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

// 2026-11-22: v1 first release.
// people: key = canonical profile URL, no other index: lists, counts, tags and nudges read the
// packs, and each index would cost every write (the import writes 10,000 people).
// history: per person, the step log and notes in one record (history.ts); indexed by note id
// (deleteNote) and by when connection notes went out (the monthly budget).
// meta: key/value (the write revision, the next event/note id).
// packs: rows derived from people for the list and the nudges, 16 per kind (gone in v2).
export const V1_2026_11_22: VersionDecl = {
  version: 1,
  stores: {
    people: 'id',
    history: 'personId, *noteIds, *noteSends',
    meta: 'key',
    packs: 'key',
  },
};

// 2026-11-23: v2 replaces the packs with a plain summaries table, one row per person, with real
// indexes for what the list and the nudges ask: stage, last step, created, tags (multi-entry), and
// nudgeFrom (sparse: only people a rule could nudge; summaries.ts). Written by the one write path
// (tx.ts), so no middleware; the packs, their version mark and the write revision go.
export const V2_2026_11_23: VersionDecl = {
  version: 2,
  stores: {
    packs: null,
    summaries: 'id, stage, lastStepAt, createdAt, nudgeFrom, *tags',
  },
  upgrade: async (tx) => {
    const people = (await tx.table('people').toArray()) as Person[];
    await tx.table('summaries').bulkPut(people.map(summaryOf));
    await tx.table('meta').bulkDelete(['rev', 'packs-version']);
  },
};

// 2026-12-03: v3, the mentorship journal (mentorship-tables.ts), and every summary rebuilt: mayNudge now
// keeps a scheduled person whose booked chat was never marked held (the chat-happened nudge).
export { V3_2026_12_03 };

// 2026-12-04: v4, the exact nudge index (nudge-index.ts): when each person is due under the user's settings
// (nudgeAt), their bounded due stretches (*nudgeWindows) and every moment their due state changes
// (*nudgeTimes), so the badge, "Due now" and the next wake-up read index ranges, not every due person.
// The upgrade indexes under the default settings (the database can't read the user's); the background's
// first refresh re-indexes if theirs differ (ensureNudgeIndex).
export const V4_2026_12_04: VersionDecl = {
  version: 4,
  stores: { summaries: 'id, stage, lastStepAt, createdAt, nudgeFrom, *tags, nudgeAt, *nudgeWindows, *nudgeTimes' },
  upgrade: async (tx) => {
    const indexer = (tx.db as CoffeeChatDb).nudgeIndexer;
    if (!indexer) return;
    const rows = (await tx.table('summaries').where('nudgeFrom').aboveOrEqual(-Infinity).toArray()) as Summary[];
    await tx.table('summaries').bulkPut(rows.map((r) => indexed(r, indexer, DEFAULT_SETTINGS)));
    await tx.table('meta').put({ key: NUDGE_INDEX, value: { key: indexer.key(DEFAULT_SETTINGS), settings: DEFAULT_SETTINGS } satisfies NudgeIndexMeta });
  },
};

export const VERSIONS: readonly VersionDecl[] = [V1_2026_11_22, V2_2026_11_23, V3_2026_12_03, V4_2026_12_04];
