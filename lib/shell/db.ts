import { browser } from 'wxt/browser';
import { openDb, type CoffeeChatDb } from '../tracker/db';

let db: CoffeeChatDb | null = null;

/** The extension's one database; popup, dashboard and background all open the same one. */
export function getDb(): CoffeeChatDb {
  db ??= openDb();
  return db;
}

/** Tells the background that the tracker changed, so it recomputes the alarm and badge (issue 6). */
export async function notifyTrackerChanged(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'tracker-changed' }).catch(() => undefined);
}
