import { getDb, notifyTrackerChanged } from './db';
import type { CoffeeChatDb } from '../tracker/db';

/**
 * Runs one tracker write from a page and tells the background to recompute the
 * nudges. Errors come back as the tracker's own readable sentences.
 */
export async function runStep<T>(fn: (db: CoffeeChatDb) => Promise<T>): Promise<T> {
  const v = await fn(getDb());
  await notifyTrackerChanged();
  return v;
}
