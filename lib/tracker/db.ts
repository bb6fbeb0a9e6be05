import Dexie, { type EntityTable } from 'dexie';
import type { Note, OutreachEvent, Person } from './schema';
import { VERSIONS, type VersionDecl } from './versions';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The tracker's IndexedDB database: people, their step log, notes, and a small key/value table. */
export class CoffeeChatDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  events!: EntityTable<OutreachEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string, versions: readonly VersionDecl[] = VERSIONS) {
    super(name);
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
export function openDb(name = 'coffee-chat', options: { versions?: readonly VersionDecl[] } = {}): CoffeeChatDb {
  return new CoffeeChatDb(name, options.versions ?? VERSIONS);
}
