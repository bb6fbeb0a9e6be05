import type { Transaction } from 'dexie';

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
// people: key = canonical profile URL; stage/askChannel/tags filter, lastStepAt sorts by activity.
// events: the step log, read per person in time order. meta: key/value (the write revision).
export const V1_2026_11_22: VersionDecl = {
  version: 1,
  stores: {
    people: 'id, stage, lastStepAt, updatedAt, name, company, askChannel, *tags',
    events: '++id, personId, [personId+at], at, type',
    notes: '++id, personId, [personId+at]',
    meta: 'key',
  },
};

export const VERSIONS: readonly VersionDecl[] = [V1_2026_11_22];
