import { browser } from 'wxt/browser';
import { getDb } from '../shared/tracker-db';
import type { CoffeeChatDb } from '../tracker/db';

/**
 * The mentorship journal's writes: each is a pure edit of the stored journal (lib/mentorship/edit.ts),
 * read and saved in one transaction, so it runs here rather than as a command message (a function
 * can't cross to the background). Afterwards it tells the background, which recomputes the nudges
 * ("tracker-changed", as the command handler does after its own writes). Plain steps go through
 * command() (command.ts).
 */
export async function journalWrite<T>(fn: (db: CoffeeChatDb) => Promise<T>): Promise<T> {
  const v = await fn(getDb());
  await browser.runtime.sendMessage({ type: 'tracker-changed' }).catch(() => undefined);
  return v;
}
