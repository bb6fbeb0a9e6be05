import { NUDGE_INDEXER } from '../nudges/timeline';
import { openDb, type CoffeeChatDb } from '../tracker/db';

let db: CoffeeChatDb | null = null;

/**
 * The extension's one database; the dashboard and the background open the same one (the popup asks the background).
 * Opened with the rules' due moments, so every write keeps the summaries' nudge index exact (lib/tracker/nudge-index.ts).
 */
export function getDb(): CoffeeChatDb {
  db ??= openDb('coffee-chat', { nudgeIndexer: NUDGE_INDEXER });
  return db;
}
