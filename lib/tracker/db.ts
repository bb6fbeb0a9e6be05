import Dexie, { type EntityTable } from 'dexie';
import type { HistoryRow } from './history';
import type { MentorshipRow } from './mentorship-tables';
import type { NudgeIndexer } from './nudge-index';
import type { Person } from './schema';
import type { Summary } from './summaries';
import { VERSIONS, type VersionDecl } from './versions';

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The tracker's IndexedDB database: people, each one's history (step log and notes, history.ts),
 * a small key/value table, and one summary row per person that the list and the nudges read
 * through its indexes (summaries.ts).
 */
export class CoffeeChatDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  history!: EntityTable<HistoryRow, 'personId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  summaries!: EntityTable<Summary, 'id'>;
  mentorships!: EntityTable<MentorshipRow, 'personId'>;
  /** The rules' due moments for the summaries' exact nudge index (nudge-index.ts); none in tests that don't ask. */
  readonly nudgeIndexer: NudgeIndexer | undefined;

  constructor(name: string, versions: readonly VersionDecl[] = VERSIONS, nudgeIndexer?: NudgeIndexer) {
    // No result cache: it kept a second copy of what live queries read (megabytes at 10,000
    // people) per open page, and they re-run after every write anyway.
    super(name, { cache: 'disabled' });
    this.nudgeIndexer = nudgeIndexer;
    declareVersions(this, versions);
  }
}

/** Declares versions on any Dexie instance: the app's database and the upgrade tests' old ones. */
export function declareVersions(db: Dexie, versions: readonly VersionDecl[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/**
 * Opens (lazily, on first use) the extension's database. Tests pass a fresh name;
 * upgrade tests also pass the version list they are checking.
 */
export function openDb(name = 'coffee-chat', options: { versions?: readonly VersionDecl[]; nudgeIndexer?: NudgeIndexer } = {}): CoffeeChatDb {
  return new CoffeeChatDb(name, options.versions ?? VERSIONS, options.nudgeIndexer);
}
