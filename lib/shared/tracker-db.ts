import { openDb, type CoffeeChatDb } from '../tracker/db';

let db: CoffeeChatDb | null = null;

/** The extension's one database; the dashboard and the background open the same one (the popup asks the background). */
export function getDb(): CoffeeChatDb {
  db ??= openDb();
  return db;
}
