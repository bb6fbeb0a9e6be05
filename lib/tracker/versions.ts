import type { Transaction } from 'dexie';
import { V2_2026_12_03 } from './mentorship-tables';

/**
 * Every schema version the database has shipped, oldest first. A new version is one more
 * constant here plus a test in tests/unit/tracker/db-upgrade.test.ts that seeds the previous
 * version and opens this one (STYLE.md §7). Never edit a shipped version: add the next.
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
// packs (packs.ts), and each index would cost every write (the import writes 10,000 people).
// history: per person, the step log and notes in one record (history.ts); indexed by note id
// (deleteNote) and by when connection notes went out (the monthly budget).
// meta: key/value (the write revision, the next event/note id).
// packs: rows derived from people for the list and the nudges, 16 per kind (packs.ts).
export const V1_2026_11_22: VersionDecl = {
  version: 1,
  stores: {
    people: 'id',
    history: 'personId, *noteIds, *noteSends',
    meta: 'key',
    packs: 'key',
  },
};

// 2026-12-03: v2, the mentorship journal (mentorship-tables.ts).
export const VERSIONS: readonly VersionDecl[] = [V1_2026_11_22, V2_2026_12_03];
