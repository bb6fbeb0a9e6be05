import { coach } from '../coach';
import { loadDueNow } from '../nudges/due-now';
import type { CoffeeChatDb } from '../tracker/db';
import { getPerson, sentNoteTimes } from '../tracker/queries';
import { lastEvent } from '../tracker/undo';
import type { LiveQuery } from './protocol';

/** One live query the popup watches, read from the database (in the background). */
export function answerQuery(db: CoffeeChatDb, q: LiveQuery): Promise<unknown> {
  switch (q.name) {
    case 'person':
      return getPerson(db, q.url).then((p) => p ?? null);
    case 'sent-note-times':
      return sentNoteTimes(db);
    case 'due':
      return loadDueNow(db, q.now, q.settings);
    case 'last-step':
      return lastEvent(db, q.personId).then((e) => (e ? { type: e.type, at: e.at, ...(e.sentKind ? { sentKind: e.sentKind } : {}) } : null));
    case 'coach':
      return Promise.resolve(coach(q.draft, q.context));
  }
}
